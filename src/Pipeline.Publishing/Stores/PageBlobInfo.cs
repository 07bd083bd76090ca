namespace Pipeline.Publishing.Stores;

/// <summary>A page blob's name and when it was written.</summary>
public sealed record PageBlobInfo(string Name, DateTimeOffset LastModified);
