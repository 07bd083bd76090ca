using Pipeline.Core.Rendering;

namespace Pipeline.Core.Tests;

public sealed class TagKeyTests
{
    [Theory]
    [InlineData("ＡＩ", "ai")]
    [InlineData("AI", "ai")]
    [InlineData("  Azure  Functions ", "azure-functions")]
    [InlineData("ﾆｭｰｽ", "ニュース")]
    [InlineData("日本語", "日本語")]
    public void Equivalent_spellings_share_one_key(string tag, string key) => Assert.Equal(key, TagKey.Normalize(tag));
}
