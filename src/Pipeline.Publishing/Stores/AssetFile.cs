namespace Pipeline.Publishing.Stores;

/// <summary>A blob already in the assets container: its name and content type.</summary>
public sealed record AssetFile(string Name, string ContentType);
