using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering;

/// <summary>
/// A rendered article: its metadata, the article body HTML and the complete page, plus the warnings rendering
/// raised (kept out of <see cref="ArticleMetadata"/>, which is public through the API; the publisher may show them
/// to the author in the draft's status). <see cref="AssetReferences"/> lists every local image and file reference with
/// how it resolved, so the publisher can record which assets the article depends on (hits and misses alike).
/// </summary>
public sealed record Article
{
    private readonly string _bodySource;
    private readonly int _bodyStart;
    private readonly int _bodyLength;
    private string? _bodyHtml;

    public Article(ArticleMetadata metadata, string bodyHtml, string pageHtml)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        Metadata = metadata;
        PageHtml = pageHtml;
        _bodyHtml = _bodySource = bodyHtml;
        _bodyLength = bodyHtml.Length;
    }

    /// <summary>The renderer's: the body is the part of the page at <paramref name="bodyStart"/>, cut out only if read.</summary>
    internal Article(ArticleMetadata metadata, string pageHtml, int bodyStart, int bodyLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bodyStart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bodyLength, pageHtml.Length - bodyStart);
        Metadata = metadata;
        PageHtml = _bodySource = pageHtml;
        _bodyStart = bodyStart;
        _bodyLength = bodyLength;
    }

    public ArticleMetadata Metadata { get; init; }

    /// <summary>The article's own HTML, without the layout (what the page holds in its <c>article</c> element).</summary>
    public string BodyHtml
    {
        // The range belongs to the page the renderer made, kept apart, so `with { PageHtml = … }` cannot shift it.
        get => _bodyHtml ??= _bodySource.Substring(_bodyStart, _bodyLength);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _bodyHtml = _bodySource = value;
            _bodyStart = 0;
            _bodyLength = value.Length;
        }
    }

    public string PageHtml { get; init; }

    public IReadOnlyList<RenderWarning> Warnings { get; init; } = [];

    /// <summary>The local references in document order (front-matter cover first); a miss also has a warning.</summary>
    public IReadOnlyList<AssetReference> AssetReferences { get; init; } = [];

    /// <summary>Every blob name the render looked up, once each, in order: the assets whose upload, change or deletion can change this page.</summary>
    public IReadOnlyList<string> AssetPaths => AssetReferences.SelectMany(reference => reference.LookedIn).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Member by member, as a record compares, with the body compared by its text however it is held.</summary>
    public bool Equals(Article? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (EqualityComparer<ArticleMetadata>.Default.Equals(Metadata, other.Metadata)
                && string.Equals(PageHtml, other.PageHtml, StringComparison.Ordinal)
                && string.Equals(BodyHtml, other.BodyHtml, StringComparison.Ordinal)
                && EqualityComparer<IReadOnlyList<RenderWarning>>.Default.Equals(Warnings, other.Warnings)
                && EqualityComparer<IReadOnlyList<AssetReference>>.Default.Equals(AssetReferences, other.AssetReferences)));

    public override int GetHashCode() => HashCode.Combine(Metadata, PageHtml, BodyHtml, Warnings, AssetReferences);
}
