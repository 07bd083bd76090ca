namespace Pipeline.Rendering.Drafts;

/// <summary>
/// A draft's text after decoding: NFC-normalised, line endings folded to <c>\n</c>, no BOM.
/// <see cref="ContentHash"/> is the SHA-256 (lower-case hex) of that text as UTF-8, so the same words
/// saved in another encoding hash the same.
/// </summary>
public sealed record DecodedDraft(string Path, string Text, string EncodingName, string ContentHash);
