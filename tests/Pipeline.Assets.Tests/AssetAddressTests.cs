using System.Text;

namespace Pipeline.Assets.Tests;

public class AssetAddressTests
{
    [Fact]
    public void Url_is_content_addressed_and_keeps_a_safe_file_name()
    {
        var content = Encoding.UTF8.GetBytes("same bytes");
        var hash = AssetAddress.Hash(content);

        Assert.Matches("^[0-9a-f]{32}$", hash);
        Assert.Equal(hash, AssetAddress.Hash(Encoding.UTF8.GetBytes("same bytes")));
        Assert.NotEqual(hash, AssetAddress.Hash(Encoding.UTF8.GetBytes("other bytes")));
        Assert.Equal($"/assets/{hash}/my-fig-1-.png", AssetAddress.Url(hash, "images/x/my fig(1).png"));
    }

    [Theory]
    [InlineData("posts/x/fig.png", true)]
    [InlineData("images/a/b.svg", true)]
    [InlineData("files/paper.pdf", true)]
    [InlineData("posts/x/index.md", false)]
    [InlineData("notes.txt", false)]
    [InlineData("posts/x/", false)]
    public void Every_non_draft_file_is_an_asset(string path, bool isAsset) =>
        Assert.Equal(isAsset, AssetClassifier.IsAsset(path));
}
