using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Assets;

/// <summary>
/// One render's view of its assets: resolves each local reference through the <see cref="IAssetResolver"/> (by the
/// rule in <see cref="AssetReferences.Candidates"/>), records every reference with its outcome, and turns misses into
/// warnings. The static Markdig pipelines are shared across threads, so this per-render state rides on the document
/// (<see cref="AttachTo"/>) and the image renderers find it from the node they write (<see cref="Of"/>).
/// </summary>
internal sealed class ArticleAssets(string draftPath, IAssetResolver resolver, int firstLine, Func<string, string> sitePath)
{
    private static readonly object Key = typeof(ArticleAssets);

    private readonly List<AssetReference> _references = [];
    private readonly List<RenderWarning> _warnings = [];

    public IReadOnlyList<AssetReference> References => _references;

    public IReadOnlyList<RenderWarning> Warnings => _warnings;

    /// <summary>The first image usable as the page's social image: a resolved raster's social URL, or an external image as written.</summary>
    public string? FirstSocialImage { get; private set; }

    public void AttachTo(MarkdownDocument document) => document.SetData(Key, this);

    /// <summary>The render's assets, from any node of its document (null outside <see cref="ArticleRenderer"/>, e.g. in a test rendering Markdown alone).</summary>
    public static ArticleAssets? Of(MarkdownObject node)
    {
        var block = node switch
        {
            Block b => b,
            Inline inline => Root(inline)?.ParentBlock,
            _ => null,
        };
        while (block?.Parent is { } parent)
        {
            block = parent;
        }

        return block?.GetData(Key) as ArticleAssets;
    }

    /// <summary>The front matter's <c>image</c> (cover): resolved like a body image, on the draft's first line, and first in line for the social image.</summary>
    public AssetReference? Cover(string? reference) => Image(reference, 1 - firstLine);

    /// <summary>An image reference: null when it is not local (https:, data:, empty), else the recorded outcome.</summary>
    /// <param name="bodyLine">0-based line in the body (Markdig's <c>Line</c>).</param>
    public AssetReference? Image(string? reference, int bodyLine)
    {
        if (string.IsNullOrWhiteSpace(reference) || AssetReferences.IsExternal(reference.Trim()))
        {
            if (reference is not null && (reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            {
                FirstSocialImage ??= reference;
            }

            return null;
        }

        var outcome = Resolve(reference, AssetReferenceKind.Image, bodyLine);
        if (outcome?.Published?.SocialUrl is { } social)
        {
            FirstSocialImage ??= social;
        }

        return outcome;
    }

    /// <summary>A link that names a file (an extension other than a draft's or a page's): null for page links and external URLs.</summary>
    public AssetReference? Link(string? reference, int bodyLine) =>
        reference is null || AssetReferences.IsExternal(reference.Trim()) || !NamesFile(reference)
            ? null
            : Resolve(reference, AssetReferenceKind.Link, bodyLine);

    /// <summary>The URL a page writes for a published asset: site-relative URLs keep the site's path prefix.</summary>
    public string UrlOf(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? sitePath(url) : url;

    private AssetReference? Resolve(string reference, AssetReferenceKind kind, int bodyLine)
    {
        var candidates = AssetReferences.Candidates(draftPath, reference);
        if (candidates.Count == 0)
        {
            return null;
        }

        var lookedIn = new List<string>(candidates.Count);
        ResolvedAsset? asset = null;
        foreach (var candidate in candidates)
        {
            lookedIn.Add(candidate);
            asset = resolver.Find(candidate);
            if (asset is not null)
            {
                break;
            }
        }

        var line = firstLine + bodyLine;
        var outcome = new AssetReference(line, reference, kind, lookedIn, asset);
        _references.Add(outcome);
        var what = kind == AssetReferenceKind.Image ? "image" : "file";
        if (asset is null)
        {
            _warnings.Add(new RenderWarning(line, $"{what} '{reference}' not found (looked in {string.Join(", ", lookedIn)})"));
        }
        else if (asset.Refusal is { } refusal)
        {
            _warnings.Add(new RenderWarning(line, $"{what} '{reference}' is not published: {refusal}"));
        }
        else if (asset.Notice is { } notice)
        {
            _warnings.Add(new RenderWarning(line, $"{what} '{reference}' {notice}"));
        }

        return outcome;
    }

    private static bool NamesFile(string reference)
    {
        var end = reference.IndexOfAny(['?', '#']);
        var path = end < 0 ? reference : reference[..end];
        var extension = Path.GetExtension(path.TrimEnd());
        return extension.Length > 1
            && !DraftFormats.TryGet(path, out _)
            && !extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    private static ContainerInline? Root(Inline inline)
    {
        var container = inline as ContainerInline ?? inline.Parent;
        while (container?.Parent is { } parent)
        {
            container = parent;
        }

        return container;
    }
}
