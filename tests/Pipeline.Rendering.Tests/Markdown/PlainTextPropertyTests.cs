using CsCheck;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>
/// Random line streams — mixes of every marker the rules know, their near misses and free text — never lose
/// text and never break the page (a fixed title line comes first, so no stream is empty or reads as front matter): whatever the rules make of them, the page shows every character of the draft
/// (white space, marker arrows and URL text aside, as in <see cref="KeptText"/>).
/// </summary>
public sealed class PlainTextPropertyTests
{
    private static readonly string[] KnownLines =
    [
        "", " ", "公開日:2025/08/26", "公開日：2025-8-6", "更新日: 2024年3月5日", "公開日:2025/13/40",
        "✅ 要約の一行。", "💡 ポイント", "- item", "* 注", "・ 点", "-1℃",
        "さらに読む ⇒ニュース出典/画像元: https://example.com/a?b=1&c=2コメント。", "さらに読む ⇒出典: https://e.example/x",
        "さらに読む →名前出典／画像元：https://example.org/p.html)続き", "さらに読む ⇒", "出典: https://example.net/",
        "次のページを読む ⇒", "次のページへ → 続きの話", "次のページを読む ⇒ https://example.com/next",
        "会談の幕開け:二人の出会い", "その意義は?", "本当に?", "関係の進展を示唆。", "Short line", "What now?",
        "<b>not html</b> & **not bold**", "長い文章です。とても長い。",
    ];

    /// <summary>Whole characters (an emoji is two UTF-16 units, which must not be split into lone surrogates).</summary>
    private static readonly string[] FreeChars =
        [.. "あいう漢字カナ abcXYZ019 .,:;!?()[]⇒→：？！。、/-_*・\u3000".Select(c => c.ToString()), "💡", "✅", "https://", "\n"];

    private static Gen<string> Text(int maxLength) => Gen.OneOf(FreeChars).Array[0, maxLength].Select(string.Concat);

    [Fact]
    public void Random_line_streams_never_lose_text()
    {
        var line = Gen.Frequency(
            (3, Gen.OneOf(KnownLines)),
            (2, Text(30)),
            (1, Gen.OneOf(KnownLines).SelectMany(known => Text(8).Select(tail => known + tail))));

        line.Array[1, 40].Select(lines => "題\n" + string.Join('\n', lines)).Sample(
            draft =>
            {
                var article = TestDrafts.Render("random.txt", draft);
                Assert.Equal(KeptText.OfDraft(draft), KeptText.OfPage(article.PageHtml));
                Harmless.Assert(article.BodyHtml);
            },
            iter: 250);
    }
}
