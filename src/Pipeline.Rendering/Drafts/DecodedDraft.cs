namespace Pipeline.Rendering.Drafts;

/// <summary>
/// A draft's text after decoding: NFC-normalised, line endings folded to <c>\n</c>, no BOM.
/// <see cref="ContentHash"/> is the SHA-256 (lower-case hex) of that text as UTF-8, so the same words
/// saved in another encoding hash the same; it is computed when first read (see <see cref="DeferredHash"/>).
/// </summary>
public sealed record DecodedDraft
{
    private readonly DeferredHash _contentHash;

    public DecodedDraft(string path, string text, string encodingName, string contentHash)
        : this(path, text, encodingName, DeferredHash.Known(contentHash))
    {
    }

    internal DecodedDraft(string path, string text, string encodingName, DeferredHash contentHash)
    {
        Path = path;
        Text = text;
        EncodingName = encodingName;
        _contentHash = contentHash;
    }

    public string Path { get; init; }

    public string Text { get; init; }

    public string EncodingName { get; init; }

    public string ContentHash => _contentHash.Value;

    internal DeferredHash DeferredContentHash => _contentHash;
}
