using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering.Tests.Support;

/// <summary>
/// A resolver over a fixed set of published assets, described the way the asset publisher describes them
/// (content-addressed URLs, variants at 480/960/1600 in WebP and the source format below the source width, a 1200 px
/// social variant): rendering is tested as pure logic, without libvips or storage. Records every look-up.
/// </summary>
internal sealed class FakeAssets : IAssetResolver
{
    private static readonly int[] Widths = [480, 960, 1600];
    private const int SocialWidth = 1200;

    private readonly Dictionary<string, ResolvedAsset> _assets = new(StringComparer.Ordinal);

    public List<string> LookedUp { get; } = [];

    /// <summary>The assets the golden site (<c>Golden/site</c>) and the unit tests refer to.</summary>
    public static FakeAssets Site() => new FakeAssets()
        .Raster("images/zenn-images/fig.png", "image/png", 1600, 900)
        .Raster("posts/bundle/fig.jpg", "image/jpeg", 800, 600)
        .Raster("static/img/a.png", "image/png", 640, 480)
        .Raster("shared/pic.webp", "image/webp", 2000, 1000)
        .Raster("posts/bundle/wide.jpg", "image/jpeg", 3000, 2000)
        .File("images/diagram.svg", "image/svg+xml")
        .File("posts/bundle/deck.pdf", "application/pdf");

    public ResolvedAsset? Find(string blobName)
    {
        LookedUp.Add(blobName);
        return _assets.GetValueOrDefault(blobName);
    }

    public FakeAssets Raster(string blobName, string contentType, int width, int height)
    {
        var (hash, name, stem) = Address(blobName);
        var own = contentType == "image/webp" ? ".webp" : Path.GetExtension(name);
        var variants = new List<ResolvedVariant>();
        foreach (var w in Widths.Where(w => w < width))
        {
            variants.Add(new ResolvedVariant($"/assets/{hash}/{stem}-{w}w.webp", w, "image/webp"));
            if (contentType != "image/webp")
            {
                variants.Add(new ResolvedVariant($"/assets/{hash}/{stem}-{w}w{own}", w, contentType));
            }
        }

        var url = $"/assets/{hash}/{name}";
        string social = url;
        if (SocialWidth < width)
        {
            social = $"/assets/{hash}/{stem}-{SocialWidth}w{own}";
            variants.Add(new ResolvedVariant(social, SocialWidth, contentType));
        }

        _assets[blobName] = new ResolvedAsset(blobName, url, width, height) { ContentType = contentType, Variants = variants, SocialUrl = social };
        return this;
    }

    public FakeAssets File(string blobName, string contentType, int? width = null, int? height = null)
    {
        var (hash, name, _) = Address(blobName);
        _assets[blobName] = new ResolvedAsset(blobName, $"/assets/{hash}/{name}", width, height) { ContentType = contentType };
        return this;
    }

    /// <summary>Adds a note to an asset added before (as the publisher does for a deleted file's last copy).</summary>
    public FakeAssets Noted(string blobName, string notice)
    {
        _assets[blobName] = _assets[blobName] with { Notice = notice };
        return this;
    }

    public FakeAssets Refused(string blobName, string reason)
    {
        _assets[blobName] = ResolvedAsset.Refused(blobName, reason);
        return this;
    }

    // A stable stand-in for the content hash: 32 hex digits from the name, so goldens do not change between runs.
    private static (string Hash, string Name, string Stem) Address(string blobName)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(blobName))[..16]);
        var name = Path.GetFileName(blobName);
        return (hash, name, Path.GetFileNameWithoutExtension(name));
    }
}
