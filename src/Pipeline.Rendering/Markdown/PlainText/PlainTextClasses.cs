namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>The CSS classes of the blocks structure detection makes; the article layout styles them.</summary>
public static class PlainTextClasses
{
    /// <summary>A list whose items show the author's own markers.</summary>
    public const string MarkedList = "marked";

    /// <summary>The key points (💡 lines) at the top of a news summary: an aside with a label.</summary>
    public const string KeyPoints = "key-points";

    public const string KeyPointsLabel = "key-points-label";

    /// <summary>A cited source: a figure holding its date, its quoted summary and a caption naming it.</summary>
    public const string Source = "source";

    public const string SourceDate = "source-date";
    public const string SourceMore = "source-more";
    public const string SourceCredit = "source-credit";

    /// <summary>The one-line lead under a section's headings.</summary>
    public const string SectionLead = "section-lead";

    /// <summary>The reader's reaction closing the page.</summary>
    public const string Reaction = "reaction";

    /// <summary>The "next page" note: its label and the teaser of the next page.</summary>
    public const string NextPage = "next-page";

    public const string NextPageLabel = "next-page-label";

    /// <summary>
    /// Text the page adds that the draft does not hold (a box's label, a source named after its host). Everything
    /// else in a plain-text page is the draft's own text; tests check that by removing these.
    /// </summary>
    public const string Added = "added";
}
