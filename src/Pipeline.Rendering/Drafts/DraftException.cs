namespace Pipeline.Rendering.Drafts;

/// <summary>
/// A permanent problem with a draft's content, readable by its author. <see cref="Line"/> is 1-based
/// in the draft's text where the problem is located, when it is.
/// </summary>
public sealed class DraftException : Exception
{
    public DraftException(DraftErrorKind kind, string message, int? line = null, Exception? inner = null)
        : base(line is null ? message : $"line {line}: {message}", inner)
    {
        Kind = kind;
        Line = line;
        Reason = message;
    }

    public DraftErrorKind Kind { get; }

    public int? Line { get; }

    /// <summary>The message without the line prefix.</summary>
    public string Reason { get; }
}
