namespace Pipeline.Rendering.Tests;

public sealed class TagKeyTests
{
    [Theory]
    [InlineData("ＡＩ", "ai")]
    [InlineData("AI", "ai")]
    [InlineData("  Azure  Functions ", "azure-functions")]
    [InlineData("ﾆｭｰｽ", "ニュース")]
    [InlineData("日本語", "日本語")]
    public void Equivalent_spellings_share_one_key(string tag, string key) => Assert.Equal(key, TagKey.Normalize(tag));

    [Theory]
    [InlineData("azure-functions", true)]
    [InlineData("c#", true)]
    [InlineData("日本語", true)]
    [InlineData("ci/cd", false)]
    [InlineData("<b>", false)]
    [InlineData("100%", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    public void Only_keys_a_url_can_name_are_linkable(string key, bool linkable) => Assert.Equal(linkable, TagKey.IsLinkable(key));

    [Fact]
    public void The_link_key_is_the_normalised_key_or_nothing()
    {
        Assert.Equal("static-sites", TagKey.LinkKey("Static  Sites"));
        Assert.Null(TagKey.LinkKey("CI/CD"));
        Assert.Null(TagKey.LinkKey("   "));
        Assert.Null(TagKey.LinkKey(new string('a', TagKey.MaxLength + 1)));
    }
}
