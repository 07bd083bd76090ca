namespace Pipeline.Rendering.Drafts;

/// <summary>How a draft's body is written, decided by its file extension.</summary>
public enum DraftFormat
{
    Markdown,
    PlainText,
}
