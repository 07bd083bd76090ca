using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Gives every heading a readable, unique id that keeps its letters in any script
/// (<c>## 米朝関係の行方</c> → <c>id="米朝関係の行方"</c>, where Markdig's own extension says <c>section</c>).
/// Repeats get <c>-2</c>, <c>-3</c>…; a heading without letters or digits gets <c>h</c>, <c>h-2</c>….
/// The id is set once, when the heading's inlines are parsed, so rendering and the TOC read the same value.
/// </summary>
public sealed class UnicodeHeadingIdExtension : IMarkdownExtension
{
    private const string UsedIdsKey = "Pipeline.HeadingIds";
    private const int MaxIdLength = 64;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } atx)
        {
            atx.Closed -= OnHeadingClosed;
            atx.Closed += OnHeadingClosed;
        }

        // Setext headings (a paragraph underlined with === or ---) are closed by the paragraph parser.
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraph)
        {
            paragraph.Closed -= OnHeadingClosed;
            paragraph.Closed += OnHeadingClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnHeadingClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is HeadingBlock heading)
        {
            AssignId(processor.Document, heading);
        }
    }

    /// <summary>Gives a heading built outside the parser (plain-text sections) its id, unique within <paramref name="document"/>.</summary>
    internal static void AssignId(MarkdownDocument document, HeadingBlock heading)
    {
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            return;
        }

        if (document.GetData(UsedIdsKey) is not UsedIds used)
        {
            used = new UsedIds();
            document.SetData(UsedIdsKey, used);
        }

        attributes.Id = Unique(Slugs.FromText(InlineText.Of(heading.Inline), MaxIdLength), used);
    }

    private static string Unique(string candidate, UsedIds used)
    {
        var baseId = candidate.Length == 0 ? "h" : candidate;
        var id = baseId;
        // Probing resumes where the last duplicate of this base stopped (every suffix below it is taken and stays
        // taken), so ids are the same as probing from 2 each time, without the quadratic cost for a document
        // repeating one heading hundreds of times.
        var n = used.NextSuffix.GetValueOrDefault(baseId, 2);
        while (!used.Ids.Add(id))
        {
            id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            n++;
        }

        used.NextSuffix[baseId] = n;
        return id;
    }

    /// <summary>The ids given so far in one document, and for each base id the suffix to try next.</summary>
    private sealed class UsedIds
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> NextSuffix { get; } = new(StringComparer.Ordinal);
    }
}
