namespace Pipeline.Rendering;

/// <summary>
/// A source an article cites (a plain-text draft's <c>さらに読む ⇒…出典: URL</c> block): its URL, its name and the
/// dates the draft gives for it. JSON-LD lists these as <c>citation</c> <c>CreativeWork</c>s.
/// </summary>
public sealed record Citation(string Url, string Name, DateOnly? DatePublished, DateOnly? DateModified);
