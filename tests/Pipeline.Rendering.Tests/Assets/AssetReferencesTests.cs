using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering.Tests.Assets;

public class AssetReferencesTests
{
    [Theory]
    // Zenn: articles/x.md refers to the repository's images/ folder from the root.
    [InlineData("articles/x.md", "/images/x/fig.png", "images/x/fig.png|static/images/x/fig.png")]
    // Hugo page bundle: the image beside index.md, with or without ./, then the site root.
    [InlineData("posts/x/index.md", "fig.jpg", "posts/x/fig.jpg|fig.jpg")]
    [InlineData("posts/x/index.md", "./fig.jpg", "posts/x/fig.jpg|fig.jpg")]
    // Hugo static/: /img/a.png is static/img/a.png.
    [InlineData("posts/a.md", "/img/a.png", "img/a.png|static/img/a.png")]
    // Plain relative paths climb folders; a climb above the root is no candidate.
    [InlineData("posts/x/a.md", "../shared/pic.webp", "posts/shared/pic.webp")]
    [InlineData("a.md", "../pic.webp", "")]
    // Query, fragment and percent-escapes.
    [InlineData("a.md", "my%20fig.png?v=2#top", "my fig.png")]
    public void Candidates_follow_the_folder_then_root_rule(string draft, string reference, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), AssetReferences.Candidates(draft, reference));

    [Theory]
    [InlineData("https://example.com/a.png")]
    [InlineData("//cdn.example.com/a.png")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("mailto:a@example.com")]
    public void Absolute_urls_are_left_alone(string reference) =>
        Assert.Empty(AssetReferences.Candidates("posts/a.md", reference));

    [Fact]
    public void A_colon_after_a_slash_is_a_path_not_a_scheme() =>
        Assert.Equal(["posts/img/a:b.png", "img/a:b.png"], AssetReferences.Candidates("posts/a.md", "img/a:b.png"));
}
