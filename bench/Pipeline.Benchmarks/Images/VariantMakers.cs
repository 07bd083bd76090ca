using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;
using SkiaSharp;
using VipsImage = NetVips.Image;

namespace Pipeline.Benchmarks.Images;

/// <summary>
/// The same job done by each library: from the source bytes, the 480/960/1600 px wide variants in WebP and in the
/// source's own format (quality 80 for lossy). Each returns the total bytes written so no work is dead code.
/// </summary>
public static class VariantMakers
{
    private const int Quality = 80;

    // libvips: thumbnail_buffer per width, so JPEG shrink-on-load decodes only what each width needs; the small
    // thumbnail is kept in memory because a sequential source can be encoded only once.
    public static long NetVips(byte[] source, bool isJpeg)
    {
        long total = 0;
        foreach (var width in ImageInputs.Widths)
        {
            using var streamed = VipsImage.ThumbnailBuffer(source, width);
            using var thumbnail = streamed.CopyMemory();
            total += thumbnail.WebpsaveBuffer(q: Quality).Length;
            total += (isJpeg ? thumbnail.JpegsaveBuffer(q: Quality) : thumbnail.PngsaveBuffer(compression: 6)).Length;
        }

        return total;
    }

    // SkiaSharp: decode once, resize with Mitchell cubic sampling, encode each.
    public static long Skia(byte[] source, bool isJpeg)
    {
        using var bitmap = SKBitmap.Decode(source);
        long total = 0;
        foreach (var width in ImageInputs.Widths)
        {
            var height = (int)Math.Round((double)bitmap.Height * width / bitmap.Width);
            using var resized = bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            using var webp = image.Encode(SKEncodedImageFormat.Webp, Quality);
            using var original = image.Encode(isJpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, Quality);
            total += webp.Size + original.Size;
        }

        return total;
    }

    // ImageSharp 2.1: decode once, clone-resize (bicubic), encode each.
    public static long ImageSharp(byte[] source, bool isJpeg)
    {
        using var image = SixLabors.ImageSharp.Image.Load(source);
        long total = 0;
        foreach (var width in ImageInputs.Widths)
        {
            using var resized = image.Clone(context => context.Resize(width, 0));
            using var webp = new MemoryStream();
            resized.Save(webp, new WebpEncoder { Quality = Quality });
            using var original = new MemoryStream();
            if (isJpeg)
            {
                resized.Save(original, new JpegEncoder { Quality = Quality });
            }
            else
            {
                resized.Save(original, new PngEncoder());
            }

            total += webp.Length + original.Length;
        }

        return total;
    }

    public static long Run(string library, byte[] source, bool isJpeg) => library switch
    {
        "netvips" => NetVips(source, isJpeg),
        "skia" => Skia(source, isJpeg),
        "imagesharp" => ImageSharp(source, isJpeg),
        _ => throw new ArgumentOutOfRangeException(nameof(library), library, "netvips, skia or imagesharp"),
    };
}
