namespace Pipeline.Publishing.Stores;

/// <summary>What a slug resolves to.</summary>
public enum SlugState
{
    /// <summary>A live article (200).</summary>
    Article,

    /// <summary>An old slug or alias of a live article (301 to <see cref="SlugRecord.Target"/>).</summary>
    Redirect,

    /// <summary>The article was deleted (410).</summary>
    Gone,
}
