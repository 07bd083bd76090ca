using System.Globalization;
using Pipeline.Publishing.Api;
using Spectre.Console;

namespace Pipeline.Cli.Status;

/// <summary>
/// The assets part of <c>pipeline status</c>, from <c>/api/assets</c>: each asset's state, its size and variants (or why
/// it was refused, and whether a last good copy still serves), and the drafts that use it — so "why is my image not on
/// the page" is answered next to the draft's own "image 'x' not found" warning.
/// </summary>
internal static class AssetStatusTable
{
    public static Table Render(IReadOnlyList<AssetStateView> assets, Uri baseUrl)
    {
        var table = new Table().AddColumns("Asset", "State", "Size and variants or error", "Used by");
        foreach (var asset in assets)
        {
            table.AddRow(
                Markup.Escape(asset.Path),
                StatusStates.Markup(asset.State),
                Detail(asset, baseUrl),
                asset.UsedBy.Count == 0 ? "[grey]no draft[/]" : Markup.Escape(string.Join('\n', asset.UsedBy)));
        }

        return table;
    }

    /// <summary>What a published asset is (size, type, variant count, URL); for a refused one the reason first.</summary>
    internal static string Detail(AssetStateView asset, Uri baseUrl)
    {
        var lines = new List<string>();
        if (asset.Error is { } error)
        {
            lines.Add($"[red]{Markup.Escape(error.Kind)}[/]: {Markup.Escape(error.Message)}");
        }

        if (asset.Url is { } url)
        {
            var size = asset is { Width: { } width, Height: { } height }
                ? string.Create(CultureInfo.InvariantCulture, $"{width}×{height} ")
                : "";
            var variants = asset.Variants.Count switch
            {
                0 => "no variants",
                1 => "1 variant",
                var count => string.Create(CultureInfo.InvariantCulture, $"{count} variants"),
            };
            var served = Markup.Escape(new Uri(baseUrl, url).ToString());
            lines.Add(asset.Error is null
                ? $"{size}{Markup.Escape(asset.ContentType ?? "")}, {variants}\n{served}"
                : $"last good copy still served: {served}");
        }

        return string.Join('\n', lines);
    }
}
