using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering;

/// <summary>
/// Turns a draft into an article: decode → front matter → Markdown/plain text → sanitise → metadata → layout.
/// Pure and synchronous; throws <see cref="DraftException"/> for a draft that can never be published.
/// </summary>
public interface IArticleRenderer
{
    /// <summary>Version of the rendering code and layout; stored with each page so a change re-renders.</summary>
    string Version { get; }

    Article Render(DraftSource source);
}
