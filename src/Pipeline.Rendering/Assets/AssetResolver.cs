namespace Pipeline.Rendering.Assets;

/// <summary>Resolvers every caller can use without storage.</summary>
public static class AssetResolver
{
    /// <summary>Knows no asset: every local image renders as missing (with a warning), external ones as written.</summary>
    public static IAssetResolver None { get; } = new NoAssets();

    private sealed class NoAssets : IAssetResolver
    {
        public ResolvedAsset? Find(string blobName) => null;
    }
}
