namespace Pipeline.Rendering.Highlighting;

/// <summary>The bounds code highlighting works within, in one place; past them a block renders plain.</summary>
public static class HighlightLimits
{
    /// <summary>Largest block highlighted (characters).</summary>
    public const int MaxBlockLength = 200_000;

    /// <summary>Longest line highlighted (characters); a longer line is written plain, the block goes on.</summary>
    public const int MaxLineLength = 5_000;

    /// <summary>
    /// Budget of one line in the TextMate tokenizer, there only to stop runaway patterns. A line that runs out makes
    /// its whole block plain (see <see cref="SyntaxHighlighter"/>), so a page is either highlighted as the grammar
    /// says or not at all — never cut at a point that depends on machine load. Wide on purpose: a grammar compiles
    /// its rules while tokenizing its first lines, which on a loaded machine (a CI run, two cores shared with
    /// builds) took over a second and cut a golden page's Python block short.
    /// </summary>
    public static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(10);
}
