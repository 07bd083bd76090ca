namespace Pipeline.Rendering.Drafts;

/// <summary>
/// What counts as a draft, in one place: the renderer, <c>pipeline render</c>, <c>pipeline upload</c> and the
/// local host's samples all classify a file by <see cref="TryGet"/>, so nothing is uploaded that the pipeline
/// would then reject as <see cref="DraftErrorKind.UnsupportedType"/>.
/// </summary>
public static class DraftFormats
{
    private static readonly Dictionary<string, DraftFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = DraftFormat.Markdown,
        [".markdown"] = DraftFormat.Markdown,
        [".txt"] = DraftFormat.PlainText,
    };

    /// <summary>The extensions of drafts, as authors are told them (<c>.md, .markdown or .txt</c>).</summary>
    public static string Extensions { get; } =
        string.Join(", ", ByExtension.Keys.SkipLast(1)) + " or " + ByExtension.Keys.Last();

    /// <summary>The classification: a draft (and its format) or not a draft, by the file's extension alone.</summary>
    public static bool TryGet(string path, out DraftFormat format) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out format);

    public static DraftFormat Get(string path) => TryGet(path, out var format)
        ? format
        : throw new DraftException(DraftErrorKind.UnsupportedType, NotADraft(path));

    /// <summary>Why a file is not a draft, naming it and the extensions that are.</summary>
    public static string NotADraft(string path) => $"'{Path.GetFileName(path)}' is not a draft: use {Extensions}";

    /// <summary>The content type a draft of this format is stored with.</summary>
    public static string ContentType(DraftFormat format) => format switch
    {
        DraftFormat.Markdown => ContentTypes.Markdown,
        DraftFormat.PlainText => ContentTypes.PlainText,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
