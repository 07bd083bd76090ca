using System.Globalization;
using System.Text;
using Pipeline.Rendering.Assets;
using Pipeline.Rendering.Templates;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// The HTML of an article image, for Markdown images and raw <c>&lt;img&gt;</c> alike. A resolved raster becomes a
/// <c>&lt;picture&gt;</c>: a WebP <c>&lt;source srcset&gt;</c> and an <c>&lt;img&gt;</c> with the source-format
/// <c>srcset</c>, both with <c>sizes</c> for the article column, <c>width</c>/<c>height</c> from the asset (so the page
/// does not shift while images load; an author's <c>=250x</c> sets the displayed width and the height follows the
/// aspect ratio), <c>loading="lazy"</c> and <c>decoding="async"</c>. An asset without variants (SVG, animations) is a
/// plain <c>&lt;img&gt;</c>. A reference that resolved to nothing is a visible placeholder with the alt text
/// (<c>.missing-image</c> in the layout), never a broken-image icon.
/// </summary>
internal static class ImageMarkup
{
    /// <summary>The article column: <c>main</c> is 44rem wide with 1rem padding each side (article.scriban-html).</summary>
    public const string ColumnSizes = "(max-width: 44rem) calc(100vw - 2rem), 42rem";

    private const string WebP = "image/webp";

    public static string Resolved(ArticleAssets assets, ResolvedAsset asset, string alt, string? title, int? displayWidth, int? displayHeight)
    {
        var (width, height) = DisplaySize(asset, displayWidth, displayHeight);
        // An author-sized image is shown at that width whatever the column: the browser picks the variant for it.
        var sizes = (displayWidth is null && displayHeight is null) || width is null ? ColumnSizes : Px(width.Value) + "px";
        var webp = SrcSet(assets, asset, webp: true);
        var own = SrcSet(assets, asset, webp: false);
        var builder = new StringBuilder(256);
        var picture = webp.Length > 0 && asset.ContentType != WebP;
        if (picture)
        {
            builder.Append("<picture><source type=\"").Append(WebP).Append("\" srcset=\"").Append(webp)
                .Append("\" sizes=\"").Append(sizes).Append("\">");
        }

        builder.Append("<img src=\"").Append(HtmlText.Escape(assets.UrlOf(asset.Url))).Append('"');
        var srcset = asset.ContentType == WebP ? webp : own;
        if (srcset.Length > 0 && asset.Variants.Count > 0)
        {
            builder.Append(" srcset=\"").Append(srcset).Append("\" sizes=\"").Append(sizes).Append('"');
        }

        AppendCommon(builder, alt, title, width, height);
        if (picture)
        {
            builder.Append("</picture>");
        }

        return builder.ToString();
    }

    public static string Missing(string alt, string reference)
    {
        var label = HtmlText.Escape(alt.Length > 0 ? alt : FileName(reference));
        return $"<span class=\"missing-image\" role=\"img\" aria-label=\"{label}\">{label}</span>";
    }

    private static void AppendCommon(StringBuilder builder, string alt, string? title, int? width, int? height)
    {
        if (width is { } w)
        {
            builder.Append(" width=\"").Append(Px(w)).Append('"');
        }

        if (height is { } h)
        {
            builder.Append(" height=\"").Append(Px(h)).Append('"');
        }

        builder.Append(" alt=\"").Append(HtmlText.Escape(alt)).Append('"');
        if (!string.IsNullOrEmpty(title))
        {
            builder.Append(" title=\"").Append(HtmlText.Escape(title)).Append('"');
        }

        builder.Append(" loading=\"lazy\" decoding=\"async\">");
    }

    private static (int? Width, int? Height) DisplaySize(ResolvedAsset asset, int? width, int? height)
    {
        if (asset is not { Width: > 0 and var intrinsicWidth, Height: > 0 and var intrinsicHeight })
        {
            return (width, height);
        }

        return (width, height) switch
        {
            (null, null) => (intrinsicWidth, intrinsicHeight),
            ({ } w, null) => (w, Math.Max(1, (int)Math.Round((double)w * intrinsicHeight / intrinsicWidth))),
            (null, { } h) => (Math.Max(1, (int)Math.Round((double)h * intrinsicWidth / intrinsicHeight)), h),
            _ => (width, height),
        };
    }

    /// <summary>Variants of one family (WebP, or the source's format) plus the source itself when it belongs to it, widest last.</summary>
    private static string SrcSet(ArticleAssets assets, ResolvedAsset asset, bool webp)
    {
        var entries = asset.Variants
            .Where(variant => variant.ContentType == WebP == webp)
            .Select(variant => (variant.Url, variant.Width))
            .ToList();
        if (asset.Width is { } width && (asset.ContentType == WebP) == webp)
        {
            entries.Add((asset.Url, width));
        }

        return string.Join(", ", entries
            .DistinctBy(entry => entry.Width)
            .OrderBy(entry => entry.Width)
            .Select(entry => HtmlText.Escape(assets.UrlOf(entry.Url)) + " " + Px(entry.Width) + "w"));
    }

    /// <summary>An author's <c>width</c>/<c>height</c> (Zenn <c>=250x</c>, raw HTML): positive whole pixels, else none.</summary>
    public static int? Pixels(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0 ? pixels : null;

    private static string Px(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FileName(string reference)
    {
        var path = reference.Split('?', '#')[0].TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
