using System.Diagnostics.CodeAnalysis;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering;

/// <summary>Everything known about an article besides its HTML.</summary>
public sealed record ArticleMetadata
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required string Lang { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string Excerpt { get; init; } = "";
    public string? Summary { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Image { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public int ReadingMinutes { get; init; }
    public int CharCount { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>
    /// Origins the page's embedded frames load from (e.g. <c>https://www.youtube-nocookie.com</c>), sorted; empty for
    /// most pages. The page handler allows exactly these in the page's <c>frame-src</c>.
    /// </summary>
    public IReadOnlyList<string> FrameSources { get; init; } = [];

    /// <summary>
    /// Whether the page has a <c>```mermaid</c> diagram: the layout then loads <see cref="Diagrams.MermaidScript"/> and
    /// the page handler allows exactly that script (by hash); every other page has <c>script-src 'none'</c>.
    /// </summary>
    public bool HasDiagrams { get; init; }

    /// <summary>The key points of a news summary (its 💡 lines, without the marker), for templates such as the index card.</summary>
    public IReadOnlyList<string> KeyPoints { get; init; } = [];

    /// <summary>The sources the article cites (JSON-LD <c>citation</c>).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    private DeferredHash _contentHash = null!;

    public ArticleMetadata()
    {
    }

    /// <summary>The renderer's: the content hash is the draft's, computed only if read (see <see cref="DeferredHash"/>).</summary>
    /// <remarks>It sets only <see cref="ContentHash"/>; <see cref="ArticleMetadataFactory"/> sets every other required member.</remarks>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // ContentHash has no storage of its own: it reads _contentHash, which is set here.
    internal ArticleMetadata(DeferredHash contentHash)
#pragma warning restore CS8618
    {
        _contentHash = contentHash;
        SourcePath = Title = Slug = Lang = RendererVersion = "";
    }

    /// <summary>SHA-256 (lower-case hex) of the decoded, normalised draft text.</summary>
    public required string ContentHash
    {
        get => _contentHash.Value;
        init => _contentHash = DeferredHash.Known(value);
    }

    /// <summary>Version of renderer + layout; a change re-renders every article.</summary>
    public required string RendererVersion { get; init; }

    /// <summary>Front-matter fields the pipeline does not interpret, kept as they were.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
