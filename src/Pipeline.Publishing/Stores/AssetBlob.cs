namespace Pipeline.Publishing.Stores;

/// <summary>One blob to write to the assets container: its name (<c>{hash}/{file}</c>), bytes and content type.</summary>
public sealed record AssetBlob(string Name, ReadOnlyMemory<byte> Content, string ContentType);
