using CsCheck;
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

    // The alphabet the counting rules tell apart: word characters, joiners, spaces, punctuation, controls, kana, Han,
    // Hangul, other letters, combining marks and a surrogate pair; runs long enough for the sixteen-at-a-time path.
    private static readonly Gen<string> Mixed = Gen.OneOf(
            Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'], Gen.OneOf<char>('\'', '-', '_', ' ', '\n', '\t', '.', ',', '!', '(', '`', '@', '[', '{', '\u007F', '\u0001'),
            Gen.OneOf<char>('あ', 'カ', '日', '本', '한', 'é', 'Ж', '\u0301', '\u2019', '\u3000', '。'))
        .Array[0, 24].Select(chars => new string(chars));

    // Japanese prose and the characters at the edges of the ranges the sixteen-at-a-time path takes for CJK text.
    private static readonly Gen<string> MostlyJapanese = Gen.OneOf(
            Gen.Char['\u3040', '\u30FF'], Gen.Char['\u4E00', '\u4E10'], Gen.Char['\u3000', '\u3030'], Gen.Char['\uFF00', '\uFF70'],
            Gen.OneOf<char>('a', 'Z', '5', ' ', '-', '\u3400', '\u4DBF', '\u9FFF', '\u303F', '\u31F0', '\uF900', '\u3099', 'é'))
        .Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> EnglishAndJapaneseRuns = Gen.Frequency(
            (2, Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['0', '9'], Gen.OneOf<char>(' ', '.', '\n')).Array[0, 40].Select(chars => new string(chars))),
            (1, Mixed),
            (2, MostlyJapanese))
        .Array[1, 12].Select(parts => string.Join(string.Empty, parts) + (parts.Length % 3 == 0 ? "😀" : string.Empty));

    [Fact]
    public void Counting_a_run_at_once_equals_counting_it_character_by_character() =>
        EnglishAndJapaneseRuns.Sample(text =>
        {
            var whole = Of(text);
            // One rune at a time never reaches the sixteen-character path: the reference.
            var single = new TextStatistics();
            Span<char> buffer = stackalloc char[2];
            foreach (var rune in text.EnumerateRunes())
            {
                single.Add(buffer[..rune.EncodeToUtf16(buffer)]);
            }

            Assert.Equal(
                (single.Characters, single.SpacedWords, single.OtherLetters, single.Kana, single.Han, single.Hangul),
                (whole.Characters, whole.SpacedWords, whole.OtherLetters, whole.Kana, whole.Han, whole.Hangul));
        }, iter: 5000);

    [Fact]
    public void Counting_a_run_in_pieces_of_any_length_equals_counting_it_at_once() =>
        Gen.Select(EnglishAndJapaneseRuns, Gen.Int[1, 40].Array[1, 8]).Sample((text, lengths) =>
        {
            var whole = Of(text);
            // Pieces end on rune boundaries, as Markdig's literals do: a word carried from one piece into the next, and
            // pieces shorter than a block or with a few characters after their blocks, all occur.
            var pieces = new TextStatistics();
            var runes = text.EnumerateRunes().Select(rune => rune.ToString()).ToList();
            for (int start = 0, k = 0; start < runes.Count; k++)
            {
                var count = Math.Min(lengths[k % lengths.Length], runes.Count - start);
                pieces.Add(string.Concat(runes.Skip(start).Take(count)));
                start += count;
            }

            Assert.Equal(
                (whole.Characters, whole.SpacedWords, whole.OtherLetters, whole.Kana, whole.Han, whole.Hangul),
                (pieces.Characters, pieces.SpacedWords, pieces.OtherLetters, pieces.Kana, pieces.Han, pieces.Hangul));
        }, iter: 5000);

    [Theory]
    [InlineData("abcdefghijklmnop qrstuvwxyz012345 don't stop", 4)]
    [InlineData("well-known snake_case words here, and more words too", 8)]
    [InlineData("                abcdefghijklmnopabcdefghijklmnop", 1)]
    public void Words_split_across_sixteen_character_blocks_count_once(string text, int words) =>
        Assert.Equal(words, Of(text).SpacedWords);
}
