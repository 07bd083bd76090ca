namespace Pipeline.Publishing.Api;

/// <summary>Why a draft did not publish: its kind (e.g. <c>FrontMatter</c>), the author-readable message and the 1-based line, when known.</summary>
public sealed record DraftErrorView(string Kind, string Message, int? Line);
