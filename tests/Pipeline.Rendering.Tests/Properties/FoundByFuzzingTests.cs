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
}
