using System.Buffers.Binary;
using NetVips;

namespace Pipeline.TestSupport;

/// <summary>Small real images made with libvips in the test, plus hand-altered headers for the bomb cases.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height) => Gradient(width, height, image => image.PngsaveBuffer());

    public static byte[] Jpeg(int width, int height) => Gradient(width, height, image => image.JpegsaveBuffer(q: 85));

    public static byte[] WebP(int width, int height) => Gradient(width, height, image => image.WebpsaveBuffer());

    /// <summary>An animated GIF: <paramref name="frames"/> frames of width × height.</summary>
    public static byte[] AnimatedGif(int width, int height, int frames)
    {
        // Each frame a different shade: the GIF encoder merges identical consecutive frames.
        using var xy = Image.Xyz(width, height * frames);
        using var y = xy[1];
        using var shade = y * (255.0 / (height * frames));
        using var strip = shade.Bandjoin(shade, shade);
        using var typed = strip.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var paged = typed.Mutate(mutable =>
        {
            mutable.Set(GValue.GIntType, "page-height", height);
            mutable.Set(GValue.ArrayIntType, "delay", Enumerable.Repeat(100, frames).ToArray());
        });
        return paged.GifsaveBuffer();
    }

    /// <summary>
    /// A real <paramref name="realSide"/>-pixel-square PNG whose IHDR is rewritten to claim other dimensions (CRC
    /// fixed, so it is a valid header); a larger real image makes a file of realistic size.
    /// </summary>
    public static byte[] PngClaiming(int width, int height, int realSide = 64)
    {
        var png = Png(realSide, realSide);
        // Signature (8) + length (4) + "IHDR" (4), then width and height, big-endian; the CRC covers type and data.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    private static byte[] Gradient(int width, int height, Func<Image, byte[]> save)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var red = x * (255.0 / width);
        using var green = y * (255.0 / height);
        using var blue = (x + y) * (127.0 / (width + height));
        using var rgb = red.Bandjoin(green, blue);
        using var typed = rgb.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return save(typed);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
