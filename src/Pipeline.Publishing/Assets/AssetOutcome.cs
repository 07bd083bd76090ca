namespace Pipeline.Publishing.Assets;

public enum AssetOutcome
{
    /// <summary>A new version is published (under a new hash) and its users re-rendered.</summary>
    Published,

    /// <summary>The same version, or the same bytes, as the live one: nothing re-rendered.</summary>
    Unchanged,

    /// <summary>Refused (corrupt, wrong type, too large, too many pixels…); recorded, the previous version stays live.</summary>
    Failed,

    /// <summary>The asset is gone: its row is removed and its users re-rendered.</summary>
    Deleted,

    /// <summary>The asset no longer exists (deleted before the event was handled), or its path cannot be keyed.</summary>
    Missing,
}
