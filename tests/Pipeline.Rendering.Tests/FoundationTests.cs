using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Tests;

public sealed class FoundationTests
{
    [Fact]
    public void Empty_draft_is_a_permanent_error()
    {
        var ex = Assert.Throws<DraftException>(() => new ArticleRenderer().Render(new DraftSource("a.md", Array.Empty<byte>())));
        Assert.Equal(DraftErrorKind.Empty, ex.Kind);
    }
}
