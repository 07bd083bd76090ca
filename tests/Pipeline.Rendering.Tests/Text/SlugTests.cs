using System.Globalization;
using Pipeline.Rendering.Tests.Support;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("トランプ氏と李大統領の会談", "トランプ氏と李大統領の会談")]
    [InlineData("Azure Functions で作る静的サイト入門", "azure-functions-で作る静的サイト入門")]
    [InlineData("ＡＩ　と　Ｃ＃", "ai-と-c")]
    [InlineData("🎉 Release 2.0 🚀", "release-2-0")]
    [InlineData("  --Leading/Trailing--  ", "leading-trailing")]
    [InlineData("a/b\\c#d?e..f", "a-b-c-d-e-f")]
    [InlineData("Café Crème", "café-crème")]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    public void Titles_become_readable_slugs(string title, string slug) => Assert.Equal(slug, Slugs.FromText(title));

    [Theory]
    [InlineData("!!!???")]
    [InlineData("🎉🚀✨")]
    [InlineData("。、「」")]
    public void Titles_without_letters_give_no_slug(string title) => Assert.Equal("", Slugs.FromText(title));

    [Fact]
    public void Every_mix_of_scripts_gives_what_the_rule_says_rune_by_rune()
    {
        string[] pieces = ["a", "Z", "9", " ", "-", "!", "か", "ガ", "\u3099", "ｶ", "ﾞ", "Ａ", "日", "\u4DBF", "\uF900", "ー", "・", "é", "e\u0301", "Σ", "İ", "😀", "①", "〜"];
        var random = new Random(16);
        for (var round = 0; round < 5_000; round++)
        {
            var title = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(ByTheRule(title), Slugs.FromText(title));
        }

        // The rule in the class comment, one rune at a time through Unicode's tables (short titles, so never cut).
        static string ByTheRule(string title)
        {
            var slug = new System.Text.StringBuilder();
            var pendingHyphen = false;
            foreach (var rune in title.Normalize(System.Text.NormalizationForm.FormKC).EnumerateRunes())
            {
                var mark = System.Text.Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
                if (!System.Text.Rune.IsLetterOrDigit(rune) && !(slug.Length > 0 && !pendingHyphen && mark))
                {
                    pendingHyphen = slug.Length > 0;
                    continue;
                }

                slug.Append(pendingHyphen ? "-" : "").Append(System.Text.Rune.ToLowerInvariant(rune).ToString());
                pendingHyphen = false;
            }

            return slug.ToString();
        }
    }

    [Fact]
    public void Very_long_titles_are_cut_to_80_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("extraordinarily", 20));
        var slug = Slugs.FromText(title);
        Assert.InRange(slug.Length, 40, Slugs.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.All(slug.Split('-'), word => Assert.Equal("extraordinarily", word));
    }

    [Fact]
    public void Long_japanese_titles_are_cut_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("日本語の長いタイトル𠮷", 12));
        var slug = Slugs.FromText(title);
        Assert.InRange(slug.Length, 1, Slugs.MaxLength);
        Assert.False(char.IsHighSurrogate(slug[^1]));
        Assert.StartsWith("日本語の長いタイトル𠮷", slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!!", "only-punctuation.md")]
    [InlineData("🎉🎉", "emoji.md")]
    public void Drafts_whose_title_has_no_letters_get_a_stable_hash_slug(string title, string path)
    {
        var first = TestDrafts.Render(path, $"# {title}\n\nbody").Metadata.Slug;
        var second = TestDrafts.Render(path, $"# {title}\n\nother body").Metadata.Slug;
        Assert.Matches("^article-[0-9a-f]{10}$", first);
        Assert.Equal(first, second);
        Assert.NotEqual(first, TestDrafts.Render("other-" + path, $"# {title}\n\nbody").Metadata.Slug);
    }

    public static TheoryData<string> HostileTitles => new()
    {
        "../../etc/passwd", "a\\b\\..\\c", "#anchor?query=1", "tab\there\u0085next\u200Bzero", "  ", "..", "/", "\u202Eevil\u202C", "x\u2028y",
        "トランプ氏と李大統領会談で何が?緊迫する米朝関係と韓米同盟の今後とは?(最新情報)米朝関係の行方と韓米同盟の未来:トランプ氏と李大統領の会談",
    };

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Slugs_are_never_empty_and_never_hold_path_or_control_characters(string title)
    {
        // JSON front matter carries any character, escaped.
        var slug = TestDrafts.Render("drafts/x.md", "{\"title\": " + System.Text.Json.JsonSerializer.Serialize(title) + "}\nbody").Metadata.Slug;
        Assert.NotEmpty(slug);
        Assert.InRange(slug.Length, 1, Slugs.MaxLength);
        Assert.DoesNotContain("..", slug, StringComparison.Ordinal);
        Assert.All(slug, c =>
        {
            Assert.DoesNotContain(c, "/\\#?%");
            Assert.False(char.IsControl(c) || char.IsWhiteSpace(c));
            Assert.NotEqual(UnicodeCategory.Format, char.GetUnicodeCategory(c));
        });
    }

    [Theory]
    [InlineData("my-post_2025.v2", "my-post_2025.v2")]
    [InlineData("Ｍｙ－Post", "my-post")]
    [InlineData("日本語スラッグ", "日本語スラッグ")]
    public void Explicit_slugs_are_kept_as_written(string slug, string expected) =>
        Assert.Equal(expected, TestDrafts.Render("a.md", $"---\nslug: \"{slug}\"\n---\nbody").Metadata.Slug);

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("with space")]
    [InlineData(".hidden")]
    [InlineData("q?x")]
    public void Unsafe_explicit_slugs_are_an_invalid_slug_error(string slug)
    {
        var ex = TestDrafts.RenderFails("a.md", $"---\nslug: \"{slug}\"\n---\nbody");
        Assert.Equal(Pipeline.Rendering.Drafts.DraftErrorKind.InvalidSlug, ex.Kind);
    }
}
