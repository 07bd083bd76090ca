namespace Pipeline.Assets;

/// <summary>
/// libvips set up once for untrusted input: loaders libvips marks untrusted (ImageMagick, FITS, Matlab…) are
/// blocked, and its operation cache is off so memory is released when an image is done.
/// </summary>
internal static class VipsRuntime
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        NetVips.NetVips.BlockUntrusted = true;
        NetVips.Cache.Max = 0;
        return true;
    });

    public static void EnsureConfigured() => _ = Configured.Value;
}
