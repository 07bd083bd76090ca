namespace Pipeline.Rendering;

/// <summary>
/// Something the author should fix that did not stop the page (a formula that does not parse, say): the 1-based
/// line in the draft file and what is wrong. Rendered pages show the problem in place; these list it.
/// </summary>
public sealed record RenderWarning(int Line, string Message);
