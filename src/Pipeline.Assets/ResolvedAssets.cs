using Pipeline.Rendering.Assets;

namespace Pipeline.Assets;

/// <summary>
/// What rendering is told about a published asset (<see cref="ResolvedAsset"/>), from what publishing it produced:
/// the content-addressed URLs of the source and its variants (<see cref="AssetAddress"/>), the intrinsic size from
/// the header, and the social-card URL (the <see cref="VariantOptions.SocialWidth"/> variant, or the source itself
/// when it is narrower or animated). Shared by every <see cref="IAssetResolver"/> so the folder render and the
/// published site describe an asset identically.
/// </summary>
public static class ResolvedAssets
{
    public static ResolvedAsset From(string blobName, string hash, InspectedAsset asset, IReadOnlyList<ImageVariant> variants) =>
        From(blobName, hash, asset, variants, VariantOptions.Default);

    public static ResolvedAsset From(string blobName, string hash, InspectedAsset asset, IReadOnlyList<ImageVariant> variants, VariantOptions options)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(options);
        var url = AssetAddress.Url(hash, asset.FileName);
        var social = variants.FirstOrDefault(variant => variant.Width == options.SocialWidth && (variant.Kind != AssetKind.WebP || asset.Kind == AssetKind.WebP));
        return new ResolvedAsset(blobName, url, asset.Header?.Width, asset.Header?.Height)
        {
            ContentType = asset.ContentType,
            Variants = [.. variants.Select(variant => new ResolvedVariant(AssetAddress.Url(hash, variant.FileName), variant.Width, variant.ContentType))],
            SocialUrl = social is not null ? AssetAddress.Url(hash, social.FileName) : AssetTypes.IsRaster(asset.Kind) ? url : null,
        };
    }
}
