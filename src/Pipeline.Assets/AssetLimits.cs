namespace Pipeline.Assets;

/// <summary>
/// Every limit an asset is checked against, in one place (bind from configuration section <see cref="SectionName"/>).
/// Pixel limits are checked from the image header, before any pixel is decoded.
/// </summary>
public sealed record AssetLimits
{
    public const string SectionName = "Pipeline:Assets";

    /// <summary>Largest file accepted, in bytes (default 20 MiB).</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest width × height of one frame (default 50 megapixels).</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Most frames an animated image may have (an animated GIF bomb is many frames of a large canvas).</summary>
    public int MaxFrames { get; init; } = 1_000;

    /// <summary>Largest width × height × frames of an animation, the pixels a decoder would have to produce.</summary>
    public long MaxAnimationPixels { get; init; } = 250_000_000;

    public static AssetLimits Default { get; } = new();
}
