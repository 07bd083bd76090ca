using Pipeline.Rendering.Assets;
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

    /// <summary>Renders with no assets known: local images show as missing (<see cref="AssetResolver.None"/>).</summary>
    Article Render(DraftSource source) => Render(source, AssetResolver.None);

    /// <summary>Renders resolving the draft's local images and file links through <paramref name="assets"/>; what it looked up is on <see cref="Article.AssetReferences"/>.</summary>
    Article Render(DraftSource source, IAssetResolver assets);
}
