namespace Pipeline.Rendering.Highlighting;

/// <summary>The bounds code highlighting works within, in one place; past them a block renders plain.</summary>
public static class HighlightLimits
{
    /// <summary>Largest block highlighted (characters).</summary>
    public const int MaxBlockLength = 200_000;

    /// <summary>Longest line highlighted (characters); a longer line is written plain, the block goes on.</summary>
    public const int MaxLineLength = 5_000;

    /// <summary>
    /// Budget of one line in the TextMate tokenizer; a line that runs out is finished plain. Generous on purpose:
    /// a grammar compiles its rules while tokenizing its first lines, and a tight limit would cut those lines
    /// short depending on machine load (output must not depend on timing); this only stops runaway patterns.
    /// </summary>
    public static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(1);
}
