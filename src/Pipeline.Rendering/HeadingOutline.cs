using Markdig.Syntax;

namespace Pipeline.Rendering;

/// <summary>
/// Renumbers a document's headings so the output outline never skips a level: the page's title is its only
/// h1, so the body starts at h2, and each heading is one level below the nearest earlier heading the author
/// wrote at a higher level (<c>### a, ##### b, ### c</c> → h2, h3, h2; <c># x, ## y</c> → h2, h3).
/// Siblings stay siblings and the author's relative nesting is kept; only the gaps close.
/// </summary>
internal static class HeadingOutline
{
    /// <summary>The level the body's top headings get: one below the page title's h1.</summary>
    private const int TopLevel = 2;

    private const int DeepestLevel = 6;

    public static void Normalize(IReadOnlyList<HeadingBlock> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        // Open sections: the level the author wrote and the level it was given, outermost first.
        var open = new Stack<(int Written, int Given)>();
        foreach (var heading in headings)
        {
            var written = heading.Level;
            while (open.Count > 0 && open.Peek().Written >= written)
            {
                open.Pop();
            }

            var given = open.Count == 0 ? TopLevel : Math.Min(DeepestLevel, open.Peek().Given + 1);
            heading.Level = given;
            open.Push((written, given));
        }
    }
}
