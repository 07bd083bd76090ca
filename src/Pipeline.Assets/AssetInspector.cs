using NetVips;

namespace Pipeline.Assets;

/// <summary>
/// Checks an asset before anything else touches it: size, bytes against extension, and for raster images the
/// header's dimensions and frame count against <see cref="AssetLimits"/>. libvips opens images lazily, so reading
/// <see cref="Image.Width"/> here parses the header only: a 100 KB PNG claiming 30000×30000 is refused without
/// decoding a pixel.
/// </summary>
public sealed class AssetInspector(AssetLimits limits)
{
    public AssetInspector()
        : this(AssetLimits.Default)
    {
    }

    /// <summary>The checked asset, or <see cref="AssetException"/> with the reason it is refused.</summary>
    public InspectedAsset Inspect(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName);
        CheckSize(name, content.LongLength);

        var claimed = AssetTypes.ClaimedBy(name);
        var actual = ContentSniffer.Sniff(content);
        if (actual != claimed)
        {
            throw new AssetException(
                AssetErrorKind.TypeMismatch,
                $"'{name}' is named as {Describe(claimed)} but its bytes are {Describe(actual)}");
        }

        var header = AssetTypes.IsRaster(claimed) ? ReadHeader(name, content) : null;
        return new InspectedAsset(name, claimed, header);
    }

    /// <summary>The size limit alone, for a caller that knows the length before reading the file (a blob's properties, a file's length).</summary>
    public void CheckSize(string fileName, long length)
    {
        if (length > limits.MaxBytes)
        {
            throw new AssetException(
                AssetErrorKind.TooLarge,
                $"'{Path.GetFileName(fileName)}' is {length / (1024.0 * 1024):F1} MiB; the limit is {limits.MaxBytes / (1024.0 * 1024):F0} MiB");
        }
    }

    private ImageHeader ReadHeader(string name, byte[] content)
    {
        VipsRuntime.EnsureConfigured();
        ImageHeader header;
        try
        {
            using var image = Image.NewFromBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            var frames = image.Contains("n-pages") ? Convert.ToInt32(image.Get("n-pages"), System.Globalization.CultureInfo.InvariantCulture) : 1;
            var frameHeight = frames > 1 && image.Contains("page-height")
                ? Convert.ToInt32(image.Get("page-height"), System.Globalization.CultureInfo.InvariantCulture)
                : image.Height;
            header = new ImageHeader(image.Width, frameHeight, Math.Max(frames, 1));
        }
        catch (VipsException error)
        {
            throw new AssetException(AssetErrorKind.Corrupt, $"'{name}' cannot be read as an image: {FirstLine(error.Message)}", error);
        }

        if (header.Pixels > limits.MaxPixels)
        {
            throw new AssetException(
                AssetErrorKind.TooManyPixels,
                $"'{name}' is {header.Width}×{header.Height} ({header.Pixels / 1_000_000.0:F1} megapixels); the limit is {limits.MaxPixels / 1_000_000.0:F0} megapixels");
        }

        if (header.Frames > limits.MaxFrames || header.Pixels * header.Frames > limits.MaxAnimationPixels)
        {
            throw new AssetException(
                AssetErrorKind.AnimationTooLarge,
                $"'{name}' has {header.Frames} frames of {header.Width}×{header.Height}; the limits are {limits.MaxFrames} frames and {limits.MaxAnimationPixels / 1_000_000} megapixels in all");
        }

        return header;
    }

    private static string Describe(AssetKind kind) => kind == AssetKind.Other ? "no known type" : kind.ToString().ToUpperInvariant();

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
