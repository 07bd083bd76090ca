using System.Text;
using Pipeline.Rendering.Assets;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Assets;

/// <summary>Images and file links resolved through an <see cref="IAssetResolver"/> while rendering (pure logic, a fake resolver).</summary>
public sealed class AssetRenderingTests
{
    private static Article Render(string path, string markdown, FakeAssets? assets = null) =>
        TestDrafts.Renderer.Render(new DraftSource(path, Encoding.UTF8.GetBytes(markdown)), assets ?? FakeAssets.Site());

    [Fact]
    public void A_Zenn_root_image_becomes_a_picture_with_WebP_and_source_format_srcsets()
    {
        var article = Render("articles/zenn-images.md", "---\ntitle: T\n---\n\n![A figure](/images/zenn-images/fig.png)\n");
        var picture = Html.Fragment(article.BodyHtml).QuerySelector("picture")!;
        var source = picture.QuerySelector("source")!;
        var img = picture.QuerySelector("img")!;

        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Matches(@"^/assets/[0-9a-f]{32}/fig-480w\.webp 480w, /assets/[0-9a-f]{32}/fig-960w\.webp 960w$", source.GetAttribute("srcset"));
        Assert.Matches(@"^/assets/[0-9a-f]{32}/fig\.png$", img.GetAttribute("src"));
        Assert.Contains("fig-1200w.png 1200w", img.GetAttribute("srcset"));
        Assert.EndsWith("fig.png 1600w", img.GetAttribute("srcset"));
        Assert.Equal(ImageMarkupSizes, img.GetAttribute("sizes"));
        Assert.Equal(("1600", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(("lazy", "async", "A figure"), (img.GetAttribute("loading"), img.GetAttribute("decoding"), img.GetAttribute("alt")));
        Assert.Empty(article.Warnings);
        var reference = Assert.Single(article.AssetReferences);
        Assert.Equal((5, "/images/zenn-images/fig.png", AssetReferenceKind.Image), (reference.Line, reference.Reference, reference.Kind));
        Assert.Equal(["images/zenn-images/fig.png"], reference.LookedIn);
        Assert.Equal("images/zenn-images/fig.png", reference.Asset?.BlobName);
        Assert.False(reference.IsMissing);
    }

    private const string ImageMarkupSizes = "(max-width: 44rem) calc(100vw - 2rem), 42rem";

    [Theory]
    [InlineData("fig.jpg")]
    [InlineData("./fig.jpg")]
    public void A_Hugo_bundle_image_resolves_beside_index_md(string reference)
    {
        var article = Render("posts/bundle/index.md", $"# T\n\n![x]({reference})\n");
        var img = Html.Fragment(article.BodyHtml).QuerySelector("picture img")!;
        Assert.EndsWith("/fig.jpg", img.GetAttribute("src"));
        Assert.Equal(("800", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(["posts/bundle/fig.jpg"], Assert.Single(article.AssetReferences).LookedIn);
    }

    [Fact]
    public void A_Hugo_static_path_resolves_under_static_after_the_root()
    {
        var article = Render("posts/a.md", "# T\n\n![a](/img/a.png)\n");
        Assert.EndsWith("/a.png", Html.Fragment(article.BodyHtml).QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal(["img/a.png", "static/img/a.png"], Assert.Single(article.AssetReferences).LookedIn);
        Assert.Equal(["img/a.png", "static/img/a.png"], article.AssetPaths);
    }

    [Fact]
    public void A_WebP_source_is_one_img_with_a_WebP_srcset()
    {
        var article = Render("articles/x.md", "# T\n\n![p](../shared/pic.webp)\n");
        var fragment = Html.Fragment(article.BodyHtml);
        Assert.Null(fragment.QuerySelector("picture"));
        var img = fragment.QuerySelector("img")!;
        Assert.Equal(("2000", "1000"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(5, img.GetAttribute("srcset")!.Split(", ").Length);
    }

    [Fact]
    public void A_missing_image_is_a_visible_placeholder_and_a_warning_naming_where_it_looked()
    {
        var article = Render("posts/bundle/index.md", "# T\n\nText.\n\n![The missing chart](chart.png)\n");
        var fragment = Html.Fragment(article.BodyHtml);
        Assert.Null(fragment.QuerySelector("img"));
        var placeholder = fragment.QuerySelector("span.missing-image[role=img]")!;
        Assert.Equal("The missing chart", placeholder.TextContent);
        Assert.Equal("The missing chart", placeholder.GetAttribute("aria-label"));
        var warning = Assert.Single(article.Warnings);
        Assert.Equal(new RenderWarning(5, "image 'chart.png' not found (looked in posts/bundle/chart.png, chart.png)"), warning);
        var reference = Assert.Single(article.AssetReferences);
        Assert.True(reference.IsMissing);
        Assert.Equal(["posts/bundle/chart.png", "chart.png"], reference.LookedIn);
        Assert.Null(article.Metadata.Image);
    }

    [Fact]
    public void A_refused_file_is_missing_with_the_reason_and_stops_the_search()
    {
        var assets = FakeAssets.Site().Refused("posts/bundle/bomb.png", "'bomb.png' is 30000×30000 (900.0 megapixels); the limit is 50 megapixels");
        var article = Render("posts/bundle/index.md", "# T\n\n![bomb](bomb.png)\n", assets);
        Assert.NotNull(Html.Fragment(article.BodyHtml).QuerySelector(".missing-image"));
        Assert.Equal("image 'bomb.png' is not published: 'bomb.png' is 30000×30000 (900.0 megapixels); the limit is 50 megapixels", Assert.Single(article.Warnings).Message);
        var reference = Assert.Single(article.AssetReferences);
        Assert.True(reference.IsMissing);
        Assert.Null(reference.Published);
        Assert.Equal(["posts/bundle/bomb.png"], reference.LookedIn);
    }

    [Fact]
    public void A_noted_asset_is_shown_as_published_and_its_notice_is_a_warning_on_its_line()
    {
        var assets = FakeAssets.Site().Raster("images/fig.png", "image/png", 640, 480).Noted("images/fig.png", "was deleted; the page shows its last published copy");
        var article = Render("articles/a.md", "# T\n\ntext\n\n![figure](/images/fig.png)\n", assets);
        var img = Html.Fragment(article.BodyHtml).QuerySelector("img");
        Assert.NotNull(img);
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Null(Html.Fragment(article.BodyHtml).QuerySelector(".missing-image"));
        var warning = Assert.Single(article.Warnings);
        Assert.Equal("image '/images/fig.png' was deleted; the page shows its last published copy", warning.Message);
        Assert.False(Assert.Single(article.AssetReferences).IsMissing);
    }

    [Fact]
    public void A_missing_image_without_alt_text_shows_its_file_name()
    {
        var article = Render("a.md", "# T\n\n![](figs/none.png)\n");
        Assert.Equal("none.png", Html.Fragment(article.BodyHtml).QuerySelector(".missing-image")!.TextContent);
    }

    [Fact]
    public void Without_a_resolver_local_images_are_missing_and_external_ones_stay()
    {
        var article = TestDrafts.Render("a.md", "# T\n\n![local](fig.png)\n\n![remote](https://cdn.example.org/r.png)\n");
        var fragment = Html.Fragment(article.BodyHtml);
        Assert.NotNull(fragment.QuerySelector(".missing-image"));
        var img = Assert.Single(fragment.QuerySelectorAll("img"));
        Assert.Equal("https://cdn.example.org/r.png", img.GetAttribute("src"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Single(article.Warnings);
        Assert.Equal("https://cdn.example.org/r.png", article.Metadata.Image);
    }

    [Fact]
    public void An_external_image_is_not_looked_up_nor_recorded()
    {
        var assets = FakeAssets.Site();
        var article = Render("a.md", "# T\n\n![r](https://cdn.example.org/r.png) ![d](data:image/png;base64,iVBORw0KGgo=) ![n](//cdn.example.org/n.png)\n", assets);
        Assert.Empty(assets.LookedUp);
        Assert.Empty(article.AssetReferences);
        Assert.Empty(article.Warnings);
        Assert.Equal(3, Html.Fragment(article.BodyHtml).QuerySelectorAll("img").Length);
    }

    [Theory]
    // Zenn's =250x sets the displayed width; the height follows the asset's aspect ratio (1600×900).
    [InlineData("=250x", "250", "141", "250px")]
    [InlineData("=x90", "160", "90", "160px")]
    [InlineData("=300x100", "300", "100", "300px")]
    public void An_author_size_sets_the_displayed_size_and_sizes(string size, string width, string height, string sizes)
    {
        var article = Render("articles/zenn-images.md", $"# T\n\n![f](/images/zenn-images/fig.png {size})\n");
        var img = Html.Fragment(article.BodyHtml).QuerySelector("img")!;
        Assert.Equal((width, height, sizes), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("sizes")));
    }

    [Fact]
    public void An_SVG_is_a_plain_img_without_variants()
    {
        var article = Render("articles/a.md", "# T\n\n![d](/images/diagram.svg)\n");
        var fragment = Html.Fragment(article.BodyHtml);
        Assert.Null(fragment.QuerySelector("picture"));
        var img = fragment.QuerySelector("img")!;
        Assert.EndsWith("/diagram.svg", img.GetAttribute("src"));
        Assert.False(img.HasAttribute("srcset"));
        Assert.Null(article.Metadata.Image);
    }

    [Fact]
    public void A_link_to_a_file_points_at_the_published_file_and_page_links_are_left_alone()
    {
        var assets = FakeAssets.Site();
        var article = Render("posts/bundle/index.md", "# T\n\n[slides](deck.pdf), [next](../other/), [post](other.md), [page](a.html), [gone](old.zip)\n", assets);
        var links = Html.Fragment(article.BodyHtml).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Matches(@"^/assets/[0-9a-f]{32}/deck\.pdf$", links[0]);
        Assert.Equal(["../other/", "other.md", "a.html", "old.zip"], links.Skip(1));
        Assert.Equal([AssetReferenceKind.Link, AssetReferenceKind.Link], article.AssetReferences.Select(r => r.Kind));
        Assert.Equal("file 'old.zip' not found (looked in posts/bundle/old.zip, old.zip)", Assert.Single(article.Warnings).Message);
    }

    [Fact]
    public void Raw_HTML_img_resolves_like_a_Markdown_image_after_sanitising()
    {
        var article = Render("posts/bundle/index.md", "# T\n\n<p><img src=\"fig.jpg\" alt=\"raw\" width=\"400\" onerror=\"alert(1)\"></p>\n\nInline <img src=\"nope.png\" alt=\"gone\"> here.\n");
        var fragment = Html.Fragment(article.BodyHtml);
        var img = fragment.QuerySelector("picture img")!;
        Assert.Equal(("400", "300", "raw"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));
        Assert.DoesNotContain("onerror", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("gone", fragment.QuerySelector(".missing-image")!.TextContent);
        Assert.Equal([3, 5], article.AssetReferences.Select(r => r.Line));
        Assert.Equal(5, Assert.Single(article.Warnings).Line);
    }

    [Theory]
    [InlineData("![\"><script>alert(1)</script>](missing.png)")]
    [InlineData("![x](missing.png\"onerror=\"alert(1))")]
    [InlineData("![x](<missing\" onerror=\"alert(1).png>)")]
    [InlineData("<img src=\"x&quot; onerror=&quot;alert(1).png\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![<img src=x onerror=alert(1)>](fig.jpg)")]
    public void Hostile_image_paths_and_alt_text_stay_inert(string markdown)
    {
        var article = Render("posts/bundle/index.md", "# T\n\n" + markdown + "\n");
        var fragment = Html.Fragment(article.BodyHtml);
        Assert.Empty(fragment.QuerySelectorAll("script"));
        Assert.All(fragment.QuerySelectorAll("*"), element => Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(fragment.QuerySelectorAll("img"), img => Assert.DoesNotContain("javascript", img.GetAttribute("src") ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_first_resolved_image_is_the_social_image_absolute_with_the_base_URL()
    {
        var article = Render("articles/zenn-images.md", "# T\n\n![missing](/images/none.png)\n\n![d](/images/diagram.svg)\n\n![f](/images/zenn-images/fig.png)\n");
        Assert.Matches(@"^/assets/[0-9a-f]{32}/fig-1200w\.png$", article.Metadata.Image);
        var page = Html.Page(article.PageHtml);
        var ogImage = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal("https://example.test" + article.Metadata.Image, ogImage);
        Assert.Contains($"\"image\":\"{ogImage}\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrow_source_is_its_own_social_image_and_a_front_matter_cover_comes_first()
    {
        var article = Render("posts/bundle/index.md", "---\ntitle: T\nimage: fig.jpg\n---\n\n![w](wide.jpg)\n");
        Assert.Matches(@"^/assets/[0-9a-f]{32}/fig\.jpg$", article.Metadata.Image);
        Assert.Equal([1, 6], article.AssetReferences.Select(r => r.Line));
    }

    [Fact]
    public void Published_URLs_keep_the_base_URL_path_prefix()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.BaseUrl = "https://example.test/blog/"));
        var article = renderer.Render(new DraftSource("posts/a.md", Encoding.UTF8.GetBytes("# T\n\n![a](/img/a.png)\n")), FakeAssets.Site());
        Assert.StartsWith("/blog/assets/", Html.Fragment(article.BodyHtml).QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.StartsWith("https://example.test/blog/assets/", Html.Page(article.PageHtml).QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
    }
}
