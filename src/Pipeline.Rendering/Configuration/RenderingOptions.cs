namespace Pipeline.Rendering.Configuration;

/// <summary>
/// What the renderer needs: its input limits and the site a page belongs to. Bound from the same <c>Pipeline</c>
/// configuration section as the publishing options, so <c>Pipeline:MaxDraftBytes</c> and <c>Pipeline:Site:…</c>
/// keep their names.
/// </summary>
public sealed class RenderingOptions
{
    /// <summary>The configuration section every pipeline setting lives under.</summary>
    public const string Section = "Pipeline";

    /// <summary>Largest draft accepted, in bytes (default 5 MiB).</summary>
    public long MaxDraftBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Deepest nesting accepted in a draft body (default 32): block quotes and list levels on one line,
    /// unclosed <c>[</c> in one paragraph, unclosed raw HTML elements. Every parser stage below is
    /// recursive or worse in depth, so depth is refused before parsing, as <c>TooComplex</c>.
    /// </summary>
    public int MaxNestingDepth { get; set; } = 32;

    /// <summary>Deepest nesting of front matter values (lists and maps inside lists and maps; default 16).</summary>
    public int MaxFrontMatterDepth { get; set; } = 16;

    /// <summary>
    /// Budget for the superlinear work of Markdig and the HTML sanitiser (default 20,000,000): the sum over
    /// paragraphs of the squared count of emphasis, link, image and inline HTML marks, over lines of the
    /// squared count of autolink marks, and over raw HTML blocks of a quarter of their squared tag count plus 1,000 each.
    /// Paragraphs and lines with at most 32 marks are free. Markdig matches unclosed delimiters pairwise and
    /// the sanitiser walks siblings pairwise, so one paragraph of 8,000 unmatched <c>*</c> or one HTML block
    /// of 40,000 elements costs seconds; the worst draft within the budget renders in about a second.
    /// </summary>
    public long MaxMarkupWork { get; set; } = 20_000_000;

    public SiteOptions Site { get; set; } = new();
}
