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

    /// <summary>
    /// The variants of <paramref name="asset"/>. The image (an animation: its first frame) is first decoded once in
    /// full, streamed so memory stays bounded, failing at the first error: a truncated or corrupt file is
    /// <see cref="AssetErrorKind.Corrupt"/>, not a grey-filled picture. The thumbnails alone would not tell (JPEG
    /// shrink-on-load skips the data that shows it; a small image gets no thumbnail at all).
    /// </summary>
    public IReadOnlyList<ImageVariant> Make(InspectedAsset asset, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.Header is not { } header || !AssetTypes.IsRaster(asset.Kind))
        {
            return [];
        }

        VipsRuntime.EnsureConfigured();
        try
        {
            Verify(content);
            return header.IsAnimated || header.Width <= options.Widths.Min() ? [] : Resize(asset, header, content);
        }
        catch (VipsException error)
        {
            throw new AssetException(AssetErrorKind.Corrupt, $"'{asset.FileName}' cannot be decoded: {error.Message.Split('\n', 2)[0].Trim()}", error);
        }
    }

    private static void Verify(byte[] content)
    {
        using var image = Image.NewFromBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        _ = image.Avg();
    }

    private List<ImageVariant> Resize(InspectedAsset asset, ImageHeader header, byte[] content)
    {
        var variants = new List<ImageVariant>();
        var ownFormat = OwnFormat(asset.Kind);
        foreach (var width in options.Widths.Where(width => width < header.Width))
        {
            using var streamed = Thumbnail(content, width);
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
            using var streamed = Thumbnail(content, options.SocialWidth);
            variants.Add(Encode(asset.FileName, streamed, ownFormat));
        }

        return variants;
    }

    // The height bound is libvips' largest coordinate: without it the box is width × width, and a portrait image
    // would come out narrower than its srcset width.
    private static Image Thumbnail(byte[] content, int width) =>
        Image.ThumbnailBuffer(content, width, height: 10_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Error);

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
