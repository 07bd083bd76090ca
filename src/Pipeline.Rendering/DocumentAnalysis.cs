using Pipeline.Rendering.Text;

namespace Pipeline.Rendering;

/// <summary>What one walk over a parsed document found.</summary>
internal sealed record DocumentAnalysis(
    string? Title,
    IReadOnlyList<TocEntry> Toc,
    string? FirstImage,
    TextStatistics Statistics,
    string LeadText,
    bool LeadIsExplicit,
    IReadOnlyList<string> FrameSources);
