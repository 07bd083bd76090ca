namespace Pipeline.Rendering;

/// <summary>One table-of-contents entry (h2–h3): its level, the heading id and its plain text.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
