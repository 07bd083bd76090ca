using Pipeline.Rendering.Tests.Support;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Tests.Text;

public sealed class TextStatisticsTests
{
    private static TextStatistics Of(string text)
    {
        var statistics = new TextStatistics();
        statistics.Add(text);
        return statistics;
    }

    [Fact]
    public void Words_of_spaced_scripts_and_each_cjk_character_are_counted()
    {
        var statistics = Of("Hello world, it's 2025! 日本語です");
        Assert.Equal(4, statistics.SpacedWords);
        Assert.Equal(3, statistics.Han);
        Assert.Equal(2, statistics.Kana);
        Assert.Equal(9, statistics.Words);
        Assert.Equal("Helloworld,it's2025!日本語です".Length, statistics.Characters);
    }

    [Fact]
    public void Reading_time_counts_cjk_at_500_and_words_at_230_per_minute()
    {
        Assert.Equal(1, Of("short").ReadingMinutes);
        Assert.Equal(2, Of(new string('字', 501)).ReadingMinutes);
        Assert.Equal(3, Of(string.Join(' ', Enumerable.Repeat("word", 461))).ReadingMinutes);
        Assert.Equal(2, Of(new string('字', 250) + " " + string.Join(' ', Enumerable.Repeat("word", 116))).ReadingMinutes);
    }

    [Fact]
    public void A_few_kanji_do_not_make_an_english_page_japanese()
    {
        var statistics = Of(string.Join(' ', Enumerable.Repeat("English words here", 30)) + " 日本 漢字");
        Assert.Equal("en", LanguageDetector.Detect(statistics, "en"));
    }

    [Theory]
    [InlineData("これは日本語の文章です。", "ja")]
    [InlineData("这是中文的文章内容", "zh")]
    [InlineData("이것은 한국어 문장입니다", "ko")]
    [InlineData("Plain English", "en")]
    [InlineData("12345 !!!", "en")]
    public void Language_is_detected_from_script_shares(string text, string lang) =>
        Assert.Equal(lang, LanguageDetector.Detect(Of(text), "en"));

    [Fact]
    public void Front_matter_lang_wins_over_detection()
    {
        Assert.Equal("en-GB", TestDrafts.Render("a.md", "---\nlang: en-GB\n---\n日本語の文章です。").Metadata.Lang);
        Assert.Equal("fr", TestDrafts.Renderer.Render(new Pipeline.Rendering.Drafts.DraftSource("a.md", "Bonjour"u8.ToArray())) is { } a
            ? new Pipeline.Rendering.ArticleRenderer(TestDrafts.Options(s => s.Language = "fr")).Render(new Pipeline.Rendering.Drafts.DraftSource("a.md", "Bonjour"u8.ToArray())).Metadata.Lang
            : "");
    }
}
