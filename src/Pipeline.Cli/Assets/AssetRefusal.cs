namespace Pipeline.Cli.Assets;

/// <summary>A file next to the drafts that was referenced but not published, and why (the inspector's reason).</summary>
public sealed record AssetRefusal(string Path, string Reason);
