using NetVips;

namespace Pipeline.Assets.Tests;

public class VariantMakerTests
{
    [Fact]
    public void Jpeg_gets_webp_and_jpeg_at_each_width_below_its_own_plus_the_social_width()
    {
        var source = TestImages.Jpeg(2000, 1000);
        var inspected = new AssetInspector().Inspect("Photo 1.jpg", source);

        var variants = new VariantMaker().Make(inspected, source);

        Assert.Equal(
            ["Photo-1-480w.webp", "Photo-1-480w.jpg", "Photo-1-960w.webp", "Photo-1-960w.jpg", "Photo-1-1600w.webp", "Photo-1-1600w.jpg", "Photo-1-1200w.jpg"],
            variants.Select(v => v.FileName));
        foreach (var variant in variants)
        {
            // Decoded back: the bytes are a real image of the stated size and type.
            using var decoded = Image.NewFromBuffer(variant.Content);
            Assert.Equal(variant.Width, decoded.Width);
            Assert.Equal(variant.Height, decoded.Height);
            Assert.Equal(variant.Width / 2, variant.Height);
            Assert.Equal(variant.Kind, ContentSniffer.Sniff(variant.Content));
        }
    }

    [Fact]
    public void A_portrait_image_is_resized_to_each_width_not_into_a_square()
    {
        var source = TestImages.Png(1000, 3000);
        var inspected = new AssetInspector().Inspect("tall.png", source);

        var variants = new VariantMaker().Make(inspected, source);

        Assert.Equal([480, 480, 960, 960], variants.Select(v => v.Width));
        Assert.Equal([1440, 1440, 2880, 2880], variants.Select(v => v.Height));
    }

    [Fact]
    public void A_truncated_image_is_refused_as_corrupt_whether_or_not_it_gets_variants()
    {
        var maker = new VariantMaker();
        foreach (var (name, source) in new[] { ("small.png", TestImages.Png(200, 200)), ("large.jpg", TestImages.Jpeg(1200, 800)) })
        {
            var truncated = source[..(source.Length / 2)];
            var inspected = new AssetInspector().Inspect(name, truncated);

            var refused = Record.Exception(() => maker.Make(inspected, truncated)) as AssetException;
            Assert.True(refused is not null, name);

            Assert.Equal(AssetErrorKind.Corrupt, refused!.Kind);
        }
    }

    [Fact]
    public void Narrow_image_is_never_enlarged()
    {
        var source = TestImages.Png(500, 300);
        var inspected = new AssetInspector().Inspect("small.png", source);

        var variants = new VariantMaker().Make(inspected, source);

        Assert.Equal([480, 480], variants.Select(v => v.Width));
        Assert.Equal([AssetKind.WebP, AssetKind.Png], variants.Select(v => v.Kind));
    }

    [Fact]
    public void Animated_gif_and_downloads_get_no_variants()
    {
        var gif = TestImages.AnimatedGif(800, 600, 3);
        var maker = new VariantMaker();

        Assert.Empty(maker.Make(new AssetInspector().Inspect("a.gif", gif), gif));
        Assert.Empty(maker.Make(new InspectedAsset("a.pdf", AssetKind.Pdf, null), [1, 2, 3]));
    }
}
