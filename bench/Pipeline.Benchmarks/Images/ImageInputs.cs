using NetVips;

namespace Pipeline.Benchmarks.Images;

/// <summary>
/// The two inputs of the image benchmark, generated (never downloaded) into bench/.work/images: a 12-megapixel
/// photo-like JPEG (4000×3000, smooth gradients plus sensor-like noise, quality 90) and a large screenshot-like
/// PNG (2880×1800, flat panels under light noise, about 4 MiB, the kind of figure technical articles carry).
/// </summary>
public static class ImageInputs
{
    public const string PhotoJpeg = "photo-12mp.jpg";
    public const string ScreenshotPng = "screenshot-2880.png";

    public static readonly int[] Widths = [480, 960, 1600];

    public static string PathOf(string name)
    {
        var directory = Path.Combine(BenchInputs.RepositoryRoot(), "bench", ".work", "images");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name);
        if (!File.Exists(file))
        {
            Generate(name, file);
        }

        return file;
    }

    private static void Generate(string name, string file)
    {
        switch (name)
        {
            case PhotoJpeg:
                using (var photo = Photo(4000, 3000))
                {
                    photo.Jpegsave(file, q: 90);
                }

                break;
            case ScreenshotPng:
                using (var screenshot = Screenshot(2880, 1800))
                {
                    screenshot.Pngsave(file, compression: 6);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown image input");
        }
    }

    // Three differently oriented gradients as R, G, B plus Gaussian noise: compresses like a photo, not like a flat fill.
    private static Image Photo(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var red = x * (255.0 / width);
        using var green = y * (255.0 / height);
        using var blue = (x + y) * (255.0 / (width + height));
        using var rgb = red.Bandjoin(green, blue);
        using var noise = Image.Gaussnoise(width, height, sigma: 12);
        using var noisy = rgb + noise;
        return noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    // A light background with darker panels and thin rules, like a captured UI.
    private static Image Screenshot(int width, int height)
    {
        var canvas = Image.Black(width, height, bands: 3) + new double[] { 245, 246, 248 };
        for (var panel = 0; panel < 24; panel++)
        {
            var left = panel % 6 * (width / 6) + 20;
            var top = panel / 6 * (height / 4) + 20;
            using var block = Image.Black(width / 6 - 40, height / 4 - 40, bands: 3) + new double[] { 40 + panel * 8, 90, 200 - panel * 5 };
            var next = canvas.Insert(block, left, top);
            canvas.Dispose();
            canvas = next;
        }

        // Light noise, as anti-aliased text and photos inside a capture give: a realistic multi-megabyte PNG.
        using (canvas)
        using (var noise = Image.Gaussnoise(width, height, sigma: 4))
        using (var noisy = canvas + noise)
        {
            return noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        }
    }
}
