namespace Pipeline.Assets;

/// <summary>The one table of asset kinds: file extensions, content types, and which kinds are raster images.</summary>
public static class AssetTypes
{
    private static readonly Dictionary<string, AssetKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = AssetKind.Png,
        [".jpg"] = AssetKind.Jpeg,
        [".jpeg"] = AssetKind.Jpeg,
        [".gif"] = AssetKind.Gif,
        [".webp"] = AssetKind.WebP,
        [".avif"] = AssetKind.Avif,
        [".svg"] = AssetKind.Svg,
        [".pdf"] = AssetKind.Pdf,
        [".zip"] = AssetKind.Zip,
    };

    /// <summary>The kind an asset's file name claims (by extension); anything unknown is <see cref="AssetKind.Other"/>.</summary>
    public static AssetKind ClaimedBy(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var kind) ? kind : AssetKind.Other;

    public static string ContentType(AssetKind kind) => kind switch
    {
        AssetKind.Png => "image/png",
        AssetKind.Jpeg => "image/jpeg",
        AssetKind.Gif => "image/gif",
        AssetKind.WebP => "image/webp",
        AssetKind.Avif => "image/avif",
        AssetKind.Svg => "image/svg+xml",
        AssetKind.Pdf => "application/pdf",
        AssetKind.Zip => "application/zip",
        _ => "application/octet-stream",
    };

    /// <summary>Kinds decoded to pixels: they have a header with dimensions and get resized variants.</summary>
    public static bool IsRaster(AssetKind kind) =>
        kind is AssetKind.Png or AssetKind.Jpeg or AssetKind.Gif or AssetKind.WebP or AssetKind.Avif;

    /// <summary>The file extension variants of this kind are written with.</summary>
    public static string Extension(AssetKind kind) => kind switch
    {
        AssetKind.Jpeg => ".jpg",
        AssetKind.WebP => ".webp",
        AssetKind.Gif => ".gif",
        AssetKind.Avif => ".avif",
        _ => ".png",
    };
}
