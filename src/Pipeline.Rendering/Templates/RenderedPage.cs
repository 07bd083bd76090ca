namespace Pipeline.Rendering.Templates;

/// <summary>A page a layout rendered, and where in it the body starts (-1 when the layout did not print it exactly once).</summary>
internal readonly record struct RenderedPage(string Html, int BodyStart);
