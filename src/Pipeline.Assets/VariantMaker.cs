using NetVips;

namespace Pipeline.Assets;

/// <summary>
/// Resized variants of an inspected raster image with libvips (chosen in docs/benchmarks.md: fastest, least
/// memory). Each width is a fresh <c>thumbnail_buffer</c>, so JPEG shrink-on-load decodes only what that width needs;
/// variants are never enlarged, and metadata (EXIF, GPS) is stripped. Animated images are served as they are.
/// </summary>
public sealed class VariantMaker(VariantOptions options)
{
    public VariantMaker()
        : this(VariantOptions.Default)
    {
    }

    public IReadOnlyList<ImageVariant> Make(InspectedAsset asset, byte[] content)
    {
        if (asset.Header is not { IsAnimated: false } header || !AssetTypes.IsRaster(asset.Kind))
        {
            return [];
        }

        VipsRuntime.EnsureConfigured();
        var variants = new List<ImageVariant>();
        var ownFormat = OwnFormat(asset.Kind);
        foreach (var width in options.Widths.Where(width => width < header.Width))
        {
            using var streamed = Image.ThumbnailBuffer(content, width, size: Enums.Size.Down);
            // A sequential source can be encoded once; the thumbnail is small, so keep it in memory for two encoders.
            using var thumbnail = streamed.CopyMemory();
            variants.Add(Encode(asset.FileName, thumbnail, AssetKind.WebP));
            if (ownFormat != AssetKind.WebP)
            {
                variants.Add(Encode(asset.FileName, thumbnail, ownFormat));
            }
        }

        if (options.SocialWidth < header.Width)
        {
            using var streamed = Image.ThumbnailBuffer(content, options.SocialWidth, size: Enums.Size.Down);
            variants.Add(Encode(asset.FileName, streamed, ownFormat));
        }

        return variants;
    }

    // GIF and AVIF variants would need encoders this build may lack and rarely pay off: their still variants are PNG.
    private static AssetKind OwnFormat(AssetKind kind) => kind is AssetKind.Jpeg or AssetKind.WebP ? kind : AssetKind.Png;

    private ImageVariant Encode(string fileName, Image image, AssetKind kind)
    {
        var bytes = kind switch
        {
            AssetKind.WebP => image.WebpsaveBuffer(q: options.Quality, keep: Enums.ForeignKeep.None),
            AssetKind.Jpeg => image.JpegsaveBuffer(q: options.Quality, keep: Enums.ForeignKeep.None, optimizeCoding: true),
            _ => image.PngsaveBuffer(compression: 6, keep: Enums.ForeignKeep.None),
        };
        return new ImageVariant(AssetAddress.VariantFileName(fileName, image.Width, kind), image.Width, image.Height, kind, bytes);
    }
}
