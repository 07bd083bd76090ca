using Markdig;

namespace Pipeline.Benchmarks;

/// <summary>The Markdig pipeline the renderer uses, so the baseline parses with exactly the same extensions.</summary>
internal static class RendererMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
}
