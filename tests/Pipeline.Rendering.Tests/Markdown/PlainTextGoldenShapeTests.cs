using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>
/// The plain-text golden drafts, read for what they are: the news summaries get their structure, every other shape
/// (memo, poem, packing list, English prose, URLs mid-sentence, paragraphs only, look-alike lines) gets none, and
/// no draft loses text.
/// </summary>
public sealed class PlainTextGoldenShapeTests
{
    private static readonly string[] NewsSummaries =
        ["news-keypoints.ja.txt", "news-two-sources.ja.txt", "news-with-front-matter.ja.txt", "trump-lee-summit.ja.txt"];

    private static readonly string Directory = Path.Combine(TestDrafts.RepositoryRoot, "tests", "Pipeline.Rendering.Tests", "Golden");

    public static TheoryData<string> PlainTextDrafts => [.. Names()];

    public static TheoryData<string> OtherShapes => [.. Names().Except(NewsSummaries)];

    public static TheoryData<string> Summaries => [.. NewsSummaries];

    [Fact]
    public void There_are_at_least_ten_plain_text_drafts_of_different_shapes()
    {
        Assert.True(Names().Count() >= 10);
        Assert.Subset(Names().ToHashSet(), NewsSummaries.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(OtherShapes))]
    public void Drafts_of_other_shapes_get_no_heading_source_or_summary_box(string name)
    {
        var root = Html.Fragment(Render(name).BodyHtml);
        Assert.Empty(root.QuerySelectorAll("h2, h3, h4, figure, blockquote, aside.key-points, aside.reaction, .section-lead"));
        Assert.Empty(Render(name).Metadata.Citations);
        Assert.Empty(Render(name).Metadata.Toc);
    }

    [Theory]
    [MemberData(nameof(Summaries))]
    public void News_summaries_get_sections_sources_and_their_toc(string name)
    {
        var article = Render(name);
        var root = Html.Fragment(article.BodyHtml);
        Assert.NotEmpty(root.QuerySelectorAll("h2"));
        Assert.Equal(root.QuerySelectorAll("h2").Length, root.QuerySelectorAll("h3").Length);
        Assert.NotEmpty(root.QuerySelectorAll("figure.source figcaption cite a[href]"));
        Assert.Equal(root.QuerySelectorAll("figure.source").Length, article.Metadata.Citations.Count);
        Assert.Equal(root.QuerySelectorAll("h2, h3").Length, article.Metadata.Toc.Count);
    }

    [Theory]
    [MemberData(nameof(PlainTextDrafts))]
    public void No_text_of_any_draft_is_lost(string name)
    {
        var text = File.ReadAllText(Path.Combine(Directory, name));
        var article = Render(name);
        var body = WithoutFrontMatter(text);
        if (body.Length == text.Length)
        {
            Assert.Equal(KeptText.OfDraft(text), KeptText.OfPage(article.PageHtml));
        }
        else
        {
            Assert.Equal(KeptText.OfDraft(body), KeptText.OfBody(article.BodyHtml));
        }
    }

    private static Article Render(string name) =>
        TestDrafts.Renderer.Render(new Pipeline.Rendering.Drafts.DraftSource(name, File.ReadAllBytes(Path.Combine(Directory, name))));

    private static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return text[(close + 5)..];
    }

    private static IEnumerable<string> Names() => System.IO.Directory.EnumerateFiles(Directory, "*.txt")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal);
}
