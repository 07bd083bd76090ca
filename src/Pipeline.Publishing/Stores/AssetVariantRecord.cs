namespace Pipeline.Publishing.Stores;

/// <summary>A resized copy of a published image: file name beside the source, width, content type, and whether it is the social-card size.</summary>
public sealed record AssetVariantRecord(string FileName, int Width, string ContentType, bool Social = false);
