namespace Pipeline.Publishing.Stores;

/// <summary>An asset blob opened for serving: streamed, never buffered whole (assets may be 20 MiB).</summary>
public sealed class StoredAsset(Stream content, string contentType, long length) : IAsyncDisposable
{
    public Stream Content { get; } = content;
    public string ContentType { get; } = contentType;
    public long Length { get; } = length;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
