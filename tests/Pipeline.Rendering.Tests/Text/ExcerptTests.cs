using CsCheck;
using Pipeline.Rendering.Tests.Support;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Tests.Text;

public sealed class ExcerptTests
{
    [Fact]
    public void Japanese_excerpt_keeps_whole_sentences_within_120()
    {
        var text = string.Concat(Enumerable.Repeat("これは日本語の文です。", 20));
        var excerpt = Excerpts.Cut(text, Excerpts.CjkLimit);
        Assert.InRange(excerpt.Length, 100, 120);
        Assert.EndsWith("。", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_brackets_stay_with_their_sentence()
    {
        var text = "彼は「行きます。」と言った。" + new string('あ', 200);
        Assert.Equal("彼は「行きます。」と言った。", Excerpts.Cut(text, 120));
    }

    [Fact]
    public void Ascii_exclamation_between_japanese_ends_a_sentence_but_dots_in_abbreviations_do_not()
    {
        var text = "歴史的瞬間!ワシントンD.C.のホワイトハウスで会談。" + new string('あ', 200);
        Assert.Equal("歴史的瞬間!ワシントンD.C.のホワイトハウスで会談。", Excerpts.Cut(text, 120));
        Assert.Equal("Meet Mr. Smith in Washington D.C. today.", Excerpts.Cut("Meet Mr. Smith in Washington D.C. today. " + new string('x', 300), 200));
    }

    [Fact]
    public void English_excerpt_uses_the_200_limit_and_sentence_ends()
    {
        var sentence = "The quick brown fox jumps over the lazy dog. ";
        var excerpt = Excerpts.Cut(string.Concat(Enumerable.Repeat(sentence, 10)), Excerpts.SpacedLimit);
        Assert.InRange(excerpt.Length, 150, 200);
        Assert.EndsWith("dog.", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_sentence_longer_than_the_limit_is_cut_at_a_word_with_an_ellipsis()
    {
        var excerpt = Excerpts.Cut(string.Join(' ', Enumerable.Repeat("word", 100)), 200);
        Assert.True(excerpt.Length <= 200);
        Assert.EndsWith("word…", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutting_never_splits_an_emoji_or_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦𠮷", 60));
        var excerpt = Excerpts.Cut(text, 120);
        Assert.True(excerpt.Length <= 120);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        var body = excerpt[..^1];
        Assert.Equal(0, body.Length % "👨‍👩‍👧‍👦𠮷".Length);
    }

    [Fact]
    public void Short_text_is_kept_whole() => Assert.Equal("短い。", Excerpts.Cut("  短い。 ", 120));

    [Fact]
    public void Mixed_japanese_and_english_drafts_get_the_japanese_limit()
    {
        var body = string.Concat(Enumerable.Repeat("Azure Functions で blob trigger を使います。", 10));
        var metadata = TestDrafts.Render("mixed.md", "# 混在\n\n" + body).Metadata;
        Assert.Equal("ja", metadata.Lang);
        Assert.InRange(metadata.Excerpt.Length, 1, 120);
        Assert.EndsWith("。", metadata.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_wins_then_the_more_marker_then_sentences()
    {
        const string body = "First paragraph.\n\nSecond paragraph.\n\n<!--more-->\n\nThird paragraph.";
        Assert.Equal("Given.", TestDrafts.Render("a.md", "---\nsummary: Given.\n---\n" + body).Metadata.Excerpt);
        Assert.Equal("First paragraph. Second paragraph.", TestDrafts.Render("a.md", body).Metadata.Excerpt);
        Assert.Equal("First paragraph. Second paragraph. Third paragraph.", TestDrafts.Render("a.md", body.Replace("<!--more-->", "")).Metadata.Excerpt);
    }

    [Fact]
    public void Excerpt_is_plain_text_without_markup_or_code()
    {
        var metadata = TestDrafts.Render("a.md", "# T\n\nSome **bold** and [a link](https://x.test) here.\n\n```\ncode();\n```\n").Metadata;
        Assert.Equal("Some bold and a link here.", metadata.Excerpt);
    }

    [Fact]
    public void Excerpt_joins_japanese_lines_without_spaces()
    {
        var metadata = TestDrafts.Render("a.md", "# T\n\n日本語の\n文章です。\n\n次の段落。").Metadata;
        Assert.Equal("日本語の文章です。次の段落。", metadata.Excerpt);
    }

    /// <summary>What lead texts are made of, weighted toward what decides a cut: sentence ends, closers, white space, clusters.</summary>
    private static readonly Gen<string> LeadPiece = Gen.Frequency(
        (6, Gen.Char['\u3041', '\u3096'].Select(c => c.ToString())),
        (4, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.OneOf<string>(" ", "\n", "\t", "  ", "\u3000", " \n ")),
        (2, Gen.OneOf<string>("。", "！", "？", ".", "!", "?", "D.C.", "Mr.")),
        (2, Gen.OneOf<string>("」", "』", "）", ")", "\"", "”")),
        (1, Gen.OneOf<string>("e\u0301", "\u0301\u0301\u0301", "👩‍👩‍👧", "🇯🇵", "🇯", "\uD83D")));

    [Fact]
    public void An_excerpt_from_the_lead_is_the_cut_of_the_whole_lead_collapsed() =>
        Gen.Select(LeadPiece.Array[0, 300].Select(string.Concat), Gen.OneOf(Gen.Const(Excerpts.CjkLimit), Gen.Const(Excerpts.SpacedLimit), Gen.Int[1, 250]))
            .Sample((lead, limit) => Assert.Equal(Excerpts.Cut(WhiteSpace.Collapse(lead), limit), Excerpts.FromLead(lead, limit)), iter: 5_000);

    [Fact]
    public void A_collapse_stopped_at_a_length_is_the_whole_collapse_cut_there() =>
        Gen.Select(LeadPiece.Array[0, 100].Select(string.Concat), Gen.Int[0, 200])
            .Sample((text, max) =>
            {
                var whole = WhiteSpace.Collapse(text);
                var stopped = WhiteSpace.Collapse(text, ' ', max);
                Assert.StartsWith(stopped, whole, StringComparison.Ordinal);
                Assert.True(stopped.Length >= Math.Min(whole.Length, max), $"{stopped.Length} of {whole.Length}, max {max}");
            });
}
