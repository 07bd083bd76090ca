using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Properties;

/// <summary>
/// Drafts the property tests (<see cref="WholeRendererPropertyTests"/>) and the afl++ run (bench/fuzz) found to escape
/// the renderer as something other than a draft error, each reduced to its core. Every one threw
/// <see cref="ArgumentOutOfRangeException"/> before its fix.
/// </summary>
public sealed class FoundByFuzzingTests
{
    [Theory]
    [InlineData("an empty comment that closes itself", "---\ntitle: T\n---\n<!-->\n\nbody\n")]
    [InlineData("the shortest comment", "---\ntitle: T\n---\n<!--->\n\nbody\n")]
    public void Overlapping_comment_markers_are_not_a_more_marker(string what, string draft)
    {
        var article = TestDrafts.Render("post.md", draft);
        Assert.True(article.BodyHtml.Contains("body", StringComparison.Ordinal), what);
    }

    [Theory]
    [InlineData("---\ntitle: \"\n---\nbody\n")]
    [InlineData("---\ntitle: '\n---\nbody\n")]
    [InlineData("---\ntitle: T\ntags: [\"]\n---\nbody\n")]
    public void A_lone_quote_in_front_matter_is_a_front_matter_error_or_text(string draft)
    {
        try
        {
            TestDrafts.Render("post.md", draft);
        }
        catch (DraftException refused)
        {
            Assert.Equal(DraftErrorKind.FrontMatter, refused.Kind);
        }
    }

    /// <summary>Noncharacters (U+FFFE) and lone surrogates, raw or escaped: string.Normalize threw ArgumentException on them.</summary>
    public static TheoryData<string, byte[]> NotUnicodeText => new()
    {
        { "UTF-16 BE with U+FFFE (afl++)", [0xFE, 0xFF, 0xFF, 0xFE, 0x15, 0x72] },
        { "UTF-8 U+FFFE in the body", [.. "---\ntitle: T\n---\nbody "u8, 0xEF, 0xBF, 0xBE, .. "\n"u8] },
        { "UTF-8 U+FFFF in the title", [.. "---\ntitle: T "u8, 0xEF, 0xBF, 0xBF, .. "\n---\nbody\n"u8] },
        { "a lone surrogate escaped in JSON", [.. "{\"title\": \"a\\ud800b\", \"tags\": [\"\\udc00\"]}\nbody\n"u8] },
        { "a noncharacter escaped in JSON tags", [.. "{\"title\": \"T\", \"tags\": [\"x\\uffffy\"]}\nbody\n"u8] },
        { "a lone surrogate escaped in YAML", [.. "---\ntitle: \"a\\ud800b\"\ntags: [\"\\udfff\"]\n---\nbody\n"u8] },
    };

    [Theory]
    [MemberData(nameof(NotUnicodeText))]
    public void Characters_that_are_not_unicode_text_render_or_fail_as_draft_errors(string what, byte[] draft)
    {
        try
        {
            var article = TestDrafts.Renderer.Render(new DraftSource("post.md", draft));
            Assert.False(string.IsNullOrEmpty(article.PageHtml), what);
        }
        catch (DraftException refused)
        {
            Assert.True(refused.Kind is DraftErrorKind.NotText or DraftErrorKind.FrontMatter, $"{what}: {refused.Kind}");
        }
    }
}
