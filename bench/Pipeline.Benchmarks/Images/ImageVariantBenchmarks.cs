using BenchmarkDotNet.Attributes;

namespace Pipeline.Benchmarks.Images;

/// <summary>
/// Time and managed allocation to make one image's six variants with each library. Native memory (libvips, Skia)
/// is invisible to the memory diagnoser, so peak resident memory is measured apart: `-- --image-peak LIB INPUT`.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ImageVariantBenchmarks
{
    private byte[] _source = [];

    [Params(ImageInputs.PhotoJpeg, ImageInputs.ScreenshotPng)]
    public string Input { get; set; } = ImageInputs.PhotoJpeg;

    private bool IsJpeg => Input.EndsWith(".jpg", StringComparison.Ordinal);

    [GlobalSetup]
    public void Setup() => _source = File.ReadAllBytes(ImageInputs.PathOf(Input));

    [Benchmark(Baseline = true)]
    public long NetVips() => VariantMakers.NetVips(_source, IsJpeg);

    [Benchmark]
    public long SkiaSharp() => VariantMakers.Skia(_source, IsJpeg);

    [Benchmark]
    public long ImageSharp() => VariantMakers.ImageSharp(_source, IsJpeg);
}
