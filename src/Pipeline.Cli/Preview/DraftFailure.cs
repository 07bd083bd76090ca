using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Preview;

/// <summary>A draft of the previewed folder that does not render now, and the slug its last good version had.</summary>
internal sealed record DraftFailure(string Path, DraftException Error, string? Slug);
