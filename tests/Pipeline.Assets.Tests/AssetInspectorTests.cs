using System.Text;

namespace Pipeline.Assets.Tests;

public class AssetInspectorTests
{
    private readonly AssetInspector _inspector = new();

    [Fact]
    public void Reads_dimensions_of_real_png_jpeg_and_webp()
    {
        Assert.Equal(new ImageHeader(300, 200, 1), _inspector.Inspect("a.png", TestImages.Png(300, 200)).Header);
        Assert.Equal(new ImageHeader(640, 480, 1), _inspector.Inspect("b.jpg", TestImages.Jpeg(640, 480)).Header);
        Assert.Equal(new ImageHeader(50, 70, 1), _inspector.Inspect("c.webp", TestImages.WebP(50, 70)).Header);
    }

    [Fact]
    public void Small_png_claiming_30000_by_30000_is_refused_from_its_header()
    {
        var bomb = TestImages.PngClaiming(30_000, 30_000);
        Assert.True(bomb.Length < 100 * 1024);

        var error = Assert.Throws<AssetException>(() => _inspector.Inspect("bomb.png", bomb));

        Assert.Equal(AssetErrorKind.TooManyPixels, error.Kind);
        Assert.Contains("30000×30000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pixel_limit_comes_from_the_settings()
    {
        var strict = new AssetInspector(new AssetLimits { MaxPixels = 10_000 });

        Assert.Equal(AssetErrorKind.TooManyPixels, Assert.Throws<AssetException>(() => strict.Inspect("a.png", TestImages.Png(101, 100))).Kind);
        Assert.NotNull(strict.Inspect("a.png", TestImages.Png(100, 100)).Header);
    }

    [Fact]
    public void Animated_gif_with_too_many_frame_pixels_is_refused()
    {
        var limits = new AssetLimits { MaxAnimationPixels = 100 * 100 * 10 };
        var gif = TestImages.AnimatedGif(100, 100, 11);

        var error = Assert.Throws<AssetException>(() => new AssetInspector(limits).Inspect("spin.gif", gif));

        Assert.Equal(AssetErrorKind.AnimationTooLarge, error.Kind);
        Assert.Contains("11 frames", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Animated_gif_within_limits_reports_its_frames()
    {
        var header = _inspector.Inspect("spin.gif", TestImages.AnimatedGif(40, 30, 5)).Header;

        Assert.Equal(new ImageHeader(40, 30, 5), header);
    }

    [Fact]
    public void Bytes_that_do_not_match_the_extension_are_refused()
    {
        var error = Assert.Throws<AssetException>(() => _inspector.Inspect("photo.jpg", TestImages.Png(10, 10)));
        Assert.Equal(AssetErrorKind.TypeMismatch, error.Kind);
        Assert.Contains("named as JPEG but its bytes are PNG", error.Message, StringComparison.Ordinal);

        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        Assert.Equal(AssetErrorKind.TypeMismatch, Assert.Throws<AssetException>(() => _inspector.Inspect("x.png", html)).Kind);
    }

    [Fact]
    public void Files_over_the_byte_limit_are_refused_before_sniffing()
    {
        var strict = new AssetInspector(new AssetLimits { MaxBytes = 1024 });

        var error = Assert.Throws<AssetException>(() => strict.Inspect("a.zip", new byte[2048]));

        Assert.Equal(AssetErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public void Truncated_image_is_corrupt()
    {
        var png = TestImages.Png(64, 64);

        var error = Assert.Throws<AssetException>(() => _inspector.Inspect("cut.png", png[..20]));

        Assert.Equal(AssetErrorKind.Corrupt, error.Kind);
    }

    [Fact]
    public void Downloads_are_checked_by_signature_and_have_no_header()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%…");

        var inspected = _inspector.Inspect("paper.pdf", pdf);

        Assert.Equal(AssetKind.Pdf, inspected.Kind);
        Assert.Equal("application/pdf", inspected.ContentType);
        Assert.Null(inspected.Header);
    }
}
