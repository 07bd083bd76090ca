using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>Stage 2: a decoded draft split into front matter and body. <see cref="BodyLine"/> is the 1-based line the body starts on.</summary>
public sealed record ParsedDraft(DecodedDraft Decoded, DraftFormat Format, DraftFrontMatter FrontMatter, string Body, int BodyLine);
