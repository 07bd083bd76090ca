using Pipeline.Cli.Status;
using Pipeline.Publishing.Api;
using Spectre.Console;

namespace Pipeline.Cli.Tests;

/// <summary>
/// <c>pipeline status</c> lists assets: a published one with its size, type, variant count and served URL; a refused one
/// with its reason (and the last good copy when one still serves); the drafts that use each.
/// </summary>
public sealed class StatusAssetsOutputTests
{
    private static readonly Uri Site = new("https://blog.example/");

    [Fact]
    public void A_published_image_shows_its_size_type_variants_and_url()
    {
        var asset = new AssetStateView
        {
            Path = "images/x/fig.png",
            State = "published",
            Url = "/assets/0123abcd/fig.png",
            ContentType = "image/png",
            Width = 1400,
            Height = 700,
            Variants = ["/assets/0123abcd/fig-480w.png", "/assets/0123abcd/fig-480w.webp", "/assets/0123abcd/fig-960w.png"],
        };

        Assert.Equal("1400×700 image/png, 3 variants\nhttps://blog.example/assets/0123abcd/fig.png", AssetStatusTable.Detail(asset, Site));
    }

    [Fact]
    public void A_refused_replacement_shows_the_reason_and_the_copy_that_still_serves()
    {
        var asset = new AssetStateView
        {
            Path = "fig.png",
            State = "failed",
            Url = "/assets/0123abcd/fig.png",
            Error = new DraftErrorView("TooManyPixels", "'fig.png' is 30000×30000 [900 megapixels]", null),
        };

        Assert.Equal(
            "[red]TooManyPixels[/]: 'fig.png' is 30000×30000 [[900 megapixels]]\nlast good copy still served: https://blog.example/assets/0123abcd/fig.png",
            AssetStatusTable.Detail(asset, Site));
    }

    [Fact]
    public void A_pending_upload_has_no_detail() =>
        Assert.Equal("", AssetStatusTable.Detail(new AssetStateView { Path = "a.png", State = "pending" }, Site));

    [Fact]
    public void The_table_names_each_asset_its_state_and_the_drafts_using_it()
    {
        var assets = new[]
        {
            new AssetStateView { Path = "shared/logo.svg", State = "published", Url = "/assets/ff/logo.svg", ContentType = "image/svg+xml", UsedBy = ["a.md", "posts/b.md"] },
            new AssetStateView { Path = "bomb.png", State = "failed", Error = new DraftErrorView("TooManyPixels", "too many", null) },
        };

        var output = Write(AssetStatusTable.Render(assets, Site));

        Assert.Contains("shared/logo.svg", output, StringComparison.Ordinal);
        Assert.Contains("image/svg+xml, no variants", output, StringComparison.Ordinal);
        Assert.Contains("posts/b.md", output, StringComparison.Ordinal);
        Assert.Contains("TooManyPixels", output, StringComparison.Ordinal);
        Assert.Contains("no draft", output, StringComparison.Ordinal);
    }

    private static string Write(Table table)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        console.Write(table);
        return writer.ToString();
    }
}
