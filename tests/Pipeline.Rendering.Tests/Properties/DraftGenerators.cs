using System.Text;
using CsCheck;
using Pipeline.Rendering.Tests.Security;

namespace Pipeline.Rendering.Tests.Properties;

/// <summary>
/// Random drafts for the whole renderer: front matter in each syntax (fields that pick a dialect, hostile values,
/// nesting), bodies that combine Markdown blocks and inlines, raw HTML from <see cref="XssCorpus"/>, math, Zenn blocks
/// and embeds, and text mixing Japanese, emoji, combining marks, bidi and control characters; plus mutations of real
/// drafts (the golden files) at the byte level, which also makes invalid UTF-8.
/// </summary>
internal static class DraftGenerators
{
    private static readonly string[] Words =
    [
        "word", "日本語", "の", "記事", "テスト", "ｶﾀｶﾅ", "ＡＩ", "🐟", "👩‍💻", "e\u0301", "\u202Eevil", "\u200B", "\t", "\r", "&amp;", "&#x3C;", "<", ">", "\"", "'", "`", "\\", "|", "~", "_", "*", "$", "@", "^", ":", "#", "\u3000", "\uFEFF", "\uFFFD",
    ];

    /// <summary>Rare on purpose: NUL, or more than 1% control characters, makes the whole draft "not text".</summary>
    private static readonly string[] Controls = ["\u0000", "\u0007", "\u001B[31m", "\u0008", "\u007F"];

    private static readonly string[] Inlines =
    [
        "*em*", "**strong**", "_u_", "~~del~~", "`code`", "[link](https://example.com/a?b=1)", "[js](javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)", "![img](/images/a.png)", "![z](/images/b.png =250x)", "<https://example.com/>",
        "https://example.com/bare", "$x^2$", "$\\frac{a}{b}$", "$\\href{javascript:alert(1)}{x}$", "^[inline footnote]", "[^1]",
        "<b>bold</b>", "<span onclick=\"x()\">s</span>", "<a href=\"javascript:x\">a</a>", "<img src=x onerror=alert(1)>", "\\*escaped\\*", "  \n",
        "<kbd>Ctrl</kbd>", "<!-- comment -->", "&lt;script&gt;", "[ref]", "[ref]: https://example.com/ref",
    ];

    private static readonly string[] Blocks =
    [
        "# Heading", "## 見出し {#id}", "### `code` heading", "---", "> quote\n> more", "- a\n- b\n  - c", "1. one\n2. two", "- [ ] task\n- [x] done",
        "```csharp\nvar x = \"<script>\";\n```", "```\nplain\n```", "```js\nalert(1)\n```", "~~~unknown-lang\nx\n~~~", "    indented code",
        "| a | b |\n|---|---|\n| 1 | <b>2</b> |", "$$\nE = mc^2\n$$", "$$\n\\begin{matrix} a & b \\end{matrix}\n$$", "$$\n\\unknowncommand{\n$$",
        ":::message\nメッセージ\n:::", ":::message alert\n危険\n:::", ":::details タイトル\n中身\n:::", "::::details 外\n:::message\n内\n:::\n::::",
        "@[youtube](dQw4w9WgXcQ)", "@[youtube](\"onload=x)", "@[card](https://example.com/c)", "@[tweet](https://twitter.com/a/status/1)",
        "@[gist](javascript:alert(1))", "@[codepen](https://codepen.io/a/pen/b)", "[^1]: the footnote", "<div>\nraw *block*\n</div>",
        "<details><summary>s</summary>body</details>", "<iframe src=\"https://evil.example/\"></iframe>", "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "<style>body{}</style>", "<table><tr><td>x</td></tr></table>",
    ];

    private static Gen<string> Text => Gen.Frequency((40, Gen.OneOf(Words)), (1, Gen.OneOf(Controls))).Array[0, 8].Select(parts => string.Join(' ', parts));

    private static Gen<string> Inline => Gen.Frequency((3, Text), (2, Gen.OneOf(Inlines)));

    private static Gen<string> Paragraph => Inline.Array[1, 8].Select(string.Concat);

    private static Gen<string> RawHtml => Gen.OneOf(XssCorpus.Vectors.Select(vector => vector.Markdown).ToArray());

    private static Gen<string> Block => Gen.Frequency((6, Paragraph), (6, Gen.OneOf(Blocks)), (2, RawHtml), (1, Nested));

    /// <summary>A construct nested a random number of levels, either side of the limits (32 body levels).</summary>
    private static Gen<string> Nested =>
        Gen.Select(Gen.OneOf("> ", "- ", "* ", "1. ", "[", "<div>", "<span>", "**", ":::message\n"), Gen.Int[1, 40], Text,
            (marker, depth, text) => string.Concat(Enumerable.Repeat(marker, depth)) + text);

    private static Gen<string> Value => Gen.Frequency((12, Text), (2, RawHtml), (1, Gen.Int[0, 24].Select(depth => new string('[', depth) + new string(']', depth))));

    /// <summary>Fields that usually make sense, and now and then do not (a bad date or dialect, a slug with a path in it, deep nesting).</summary>
    private static Gen<string> Field => Gen.Frequency(
        (8, Value.Select(value => $"title: \"{Escape(value)}\"")),
        (4, Gen.OneOf("markdown: zenn", "markdown: commonmark", "emoji: \"🐟\"", "type: tech", "type: idea", "topics: [a, b]", "published: true", "published: false", "draft: true")),
        (3, Gen.OneOf("date: 2025-01-01", "date: 2099-01-01T00:00:00+09:00", "published_at: 2025-06-01 09:00", "lang: ja", "summary: \"<b>s</b>\"", "slug: fine-slug", "slug: \"スラッグ\"", "aliases: [/articles/old/]")),
        (3, Value.Array[0, 4].Select(tags => "tags: [" + string.Join(", ", tags.Select(tag => $"\"{Escape(tag)}\"")) + "]")),
        (1, Gen.OneOf("markdown: other", "date: 2025-13-45", "date: not a date", "slug: \"../../etc\"", "slug: \"\"")),
        (1, Gen.Int[1, 20].Select(depth => "extra: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth))));

    private static Gen<string> FrontMatter => Gen.Frequency(
        (2, Gen.Const(string.Empty)),
        (6, Field.Array[0, 5].Select(fields => "---\n" + string.Join('\n', fields) + "\n---\n")),
        (1, Text.Select(title => $"+++\ntitle = \"{Escape(title)}\"\ntags = [\"t\"]\n+++\n")),
        (1, Text.Select(title => $"{{\"title\": \"{Escape(title)}\", \"tags\": [\"t\"]}}\n")),
        (1, Gen.Const("---\ntitle: [unclosed\n---\n")));

    /// <summary>A draft as text: front matter, then blocks joined by blank lines or single line breaks.</summary>
    public static Gen<string> Markdown => Gen.Select(FrontMatter, Block.Array[0, 12], Gen.Bool,
        (front, blocks, tight) => front + string.Join(tight ? "\n" : "\n\n", blocks));

    /// <summary>Plain-text drafts: a title line, then lines of text, markers and everything else.</summary>
    public static Gen<string> PlainText => Gen.Select(Text, Gen.Frequency((3, Text), (1, Paragraph), (1, Gen.OneOf("公開日:2025/08/26", "✅ 要約。", "さらに読む ⇒出典: https://example.com/", "・ 点", "次のページを読む ⇒"))).Array[0, 20],
        (title, lines) => title + "\n" + string.Join('\n', lines));

    public static Gen<string> Path => Gen.OneOf("post.md", "notes/deep/post.markdown", "ja/記事.md", "news.txt", "news/summit.ja.txt");

    /// <summary>Byte-level mutations of a real draft: flips, deletions, duplicated slices, inserted constructs and invalid UTF-8.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> originals) =>
        Gen.Select(Gen.Int[0, originals.Count - 1], Mutation.Array[1, 12], (which, mutations) =>
        {
            var bytes = originals[which].ToList();
            foreach (var mutate in mutations)
            {
                mutate(bytes);
            }

            return bytes.ToArray();
        });

    private static Gen<Action<List<byte>>> Mutation => Gen.Frequency(
        (2, Gen.Select(Gen.Double[0, 1], Gen.Byte, (at, value) => (Action<List<byte>>)(bytes => { if (bytes.Count > 0) { bytes[Index(at, bytes.Count)] = value; } }))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 64], (at, length) => (Action<List<byte>>)(bytes => Remove(bytes, Index(at, bytes.Count + 1), length)))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[1, 200], (from, to, length) => (Action<List<byte>>)(bytes => Duplicate(bytes, from, to, length)))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Frequency((2, Gen.OneOf(Blocks)), (2, Gen.OneOf(Inlines)), (1, Gen.OneOf(Words))),
            (at, text) => (Action<List<byte>>)(bytes => bytes.InsertRange(Index(at, bytes.Count + 1), Encoding.UTF8.GetBytes(text))))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.OneOf<byte[]>([0xC3], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0x00], [0xE3, 0x81]),
            (at, raw) => (Action<List<byte>>)(bytes => bytes.InsertRange(Index(at, bytes.Count + 1), raw)))));

    private static int Index(double at, int count) => Math.Min(count - 1, (int)(at * count));

    private static void Remove(List<byte> bytes, int at, int length) => bytes.RemoveRange(Math.Min(at, bytes.Count), Math.Min(length, bytes.Count - Math.Min(at, bytes.Count)));

    private static void Duplicate(List<byte> bytes, double from, double to, int length)
    {
        if (bytes.Count == 0)
        {
            return;
        }

        var start = Index(from, bytes.Count);
        var slice = bytes.GetRange(start, Math.Min(length, bytes.Count - start));
        bytes.InsertRange(Index(to, bytes.Count + 1), slice);
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
