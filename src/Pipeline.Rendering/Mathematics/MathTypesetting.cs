using Markdig.Parsers;
using Markdig.Syntax;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// The pass between parsing and rendering that typesets every formula of a document once: the parsers register
/// the formulas they create on the document, <c>```math</c> fences included as the fence parser closes them
/// (<see cref="TexMathExtension"/>), so a page without math costs nothing here; every failure becomes a
/// <see cref="RenderWarning"/> with its line.
/// </summary>
public static class MathTypesetting
{
    private static readonly object NodesKey = new();

    /// <summary>The fence info string that makes a code block display math.</summary>
    public const string FenceLanguage = "math";

    internal static void Register(MarkdownDocument document, ITexNode node)
    {
        if (document.GetData(NodesKey) is not List<ITexNode> nodes)
        {
            nodes = [];
            document.SetData(NodesKey, nodes);
        }

        nodes.Add(node);
    }

    /// <summary>The fence parser's <c>Closed</c> handler: a <c>```math</c> fence becomes a formula of its document.</summary>
    internal static void RegisterFence(BlockProcessor processor, Block block)
    {
        if (block is FencedCodeBlock fence && IsMathFence(fence))
        {
            var node = new FencedTex(fence);
            fence.SetData(NodesKey, node);
            Register(processor.Document, node);
        }
    }

    /// <summary>The <c>```math</c> formula of a fenced block; null for other blocks.</summary>
    public static FencedTex? Fenced(FencedCodeBlock block) => block.GetData(NodesKey) as FencedTex;

    /// <param name="firstLine">1-based line of the draft file the document's first line is on.</param>
    public static IReadOnlyList<RenderWarning> Run(MarkdownDocument document, ITexTypesetter typesetter, int firstLine)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typesetter);
        if (document.GetData(NodesKey) is not List<ITexNode> nodes)
        {
            return [];
        }

        List<RenderWarning>? warnings = null;
        // In document order: fences register as their blocks close, before any inline formula is parsed.
        foreach (var node in nodes.OrderBy(node => node.Line))
        {
            node.Result = typesetter.Typeset(node.TexToTypeset, node.Display);
            if (node.Result.Error is { } error)
            {
                (warnings ??= []).Add(new RenderWarning(firstLine + node.Line, "math: " + error));
            }
        }

        return warnings is null ? [] : warnings.OrderBy(warning => warning.Line).ToList();
    }

    public static bool IsMathFence(FencedCodeBlock fence) =>
        string.Equals(fence.Info, FenceLanguage, StringComparison.OrdinalIgnoreCase);
}
