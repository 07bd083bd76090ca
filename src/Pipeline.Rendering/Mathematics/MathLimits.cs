namespace Pipeline.Rendering.Mathematics;

/// <summary>The bounds every formula is typeset within, in one place.</summary>
public static class MathLimits
{
    /// <summary>Longest formula accepted (characters); longer ones render as TeX with a warning.</summary>
    public const int MaxFormulaLength = 20_000;

    /// <summary>Wall-clock budget of one formula in the script engine; past it the engine is interrupted.</summary>
    public static readonly TimeSpan FormulaTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Temml's macro expansion cap (<c>maxExpand</c>): stops <c>\def\a{\a\a}\a</c>.</summary>
    public const int MaxMacroExpansions = 1000;

    /// <summary>Heap one script engine may grow to before it is discarded (bytes).</summary>
    public const int MaxEngineHeapBytes = 256 * 1024 * 1024;
}
