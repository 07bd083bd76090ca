using Pipeline.Rendering.Text;

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

    [Fact]
    public void Keys_are_nfkc_lower_cased_whatever_the_characters()
    {
        // Kana with combining and spacing sound marks, full- and half-width forms, ligatures, Han and ASCII: the
        // characters the ICU-free path takes and the ones next to them that NFKC changes.
        string[] pieces = ["a", "Z", " ", "か", "\u3099", "゛", "ﾞ", "ｶ", "カ", "ヷ", "ヸ", "ヿ", "ー", "ﾟ", "日", "\u4DBF", "\uF900", "ﬁ", "Ａ", "①", "ㇰ", "\u3097", "\u30FB", "é", "e\u0301"];
        var random = new Random(16);
        for (var round = 0; round < 5_000; round++)
        {
            var tag = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = WhiteSpace.Collapse(tag.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant(), '-');
            Assert.Equal(expected, TagKey.Normalize(tag));
        }
    }

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
