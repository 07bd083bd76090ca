namespace Pipeline.Publishing.Api;

/// <summary>Something to fix that did not stop the page: the 1-based line in the draft and what is wrong.</summary>
public sealed record DraftWarningView(int Line, string Message);
