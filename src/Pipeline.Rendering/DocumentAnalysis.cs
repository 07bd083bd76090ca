using Pipeline.Rendering.Text;

namespace Pipeline.Rendering;

/// <summary>What one walk over a parsed document found.</summary>
internal sealed record DocumentAnalysis(
    string? Title,
    IReadOnlyList<TocEntry> Toc,
    TextStatistics Statistics,
    string LeadText,
    bool LeadIsExplicit)
{
    /// <summary>The key points a plain-text draft opens with (marker removed).</summary>
    public IReadOnlyList<string> KeyPoints { get; init; } = [];

    /// <summary>The sources a plain-text draft cites.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The origins embedded frames load from, sorted (the page's CSP allows exactly those).</summary>
    public IReadOnlyList<string> FrameSources { get; init; } = [];

    /// <summary>Whether a <c>```mermaid</c> block is on the page (the page then loads the diagram script).</summary>
    public bool HasDiagrams { get; init; }
}
