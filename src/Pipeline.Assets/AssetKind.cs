namespace Pipeline.Assets;

/// <summary>What an asset's bytes are. Raster kinds get header checks and resized variants.</summary>
public enum AssetKind
{
    /// <summary>Any other download (served as application/octet-stream, never sniffed into something else).</summary>
    Other,
    Png,
    Jpeg,
    Gif,
    WebP,
    Avif,
    Svg,
    Pdf,
    Zip,
}
