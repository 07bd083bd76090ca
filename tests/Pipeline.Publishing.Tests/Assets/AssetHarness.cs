using Azure.Storage.Blobs;
using Pipeline.Publishing.Assets;

namespace Pipeline.Publishing.Tests.Assets;

/// <summary>The asset side of a <see cref="PublishingHarness"/>: the publisher, the index rows and the assets container.</summary>
internal static class AssetHarness
{
    public static IAssetPublisher AssetPublisher(this PublishingHarness h) => h.Get<IAssetPublisher>();

    public static IAssetIndex AssetIndex(this PublishingHarness h) => h.Get<IAssetIndex>();

    public static BlobContainerClient AssetsContainer(this PublishingHarness h) =>
        h.Get<BlobServiceClient>().GetBlobContainerClient(h.Storage.AssetsContainer);

    public static async Task<AssetPublishResult> UploadAssetAsync(this PublishingHarness h, string path, byte[] content)
    {
        await h.UploadAsync(path, content);
        return await h.AssetPublisher().PublishAsync(path);
    }

    public static async Task<List<string>> AssetBlobNamesAsync(this PublishingHarness h)
    {
        var names = new List<string>();
        await foreach (var blob in h.AssetsContainer().GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions()))
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
