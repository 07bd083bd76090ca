using Pipeline.Assets;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli;

/// <summary>
/// What <c>pipeline upload</c> sends: drafts (<see cref="DraftFile.IsDraft"/>) and every other file as an asset
/// (images, downloads: <see cref="AssetClassifier.IsAsset"/>), assets first so drafts find their images on their
/// first render. A file the pipeline would refuse for its size alone (<see cref="AssetLimits.MaxBytes"/>) is left
/// behind with the reason, rather than uploaded to be refused.
/// </summary>
public sealed record UploadPlan(IReadOnlyList<DraftFile> Drafts, IReadOnlyList<DraftFile> Assets, IReadOnlyList<UploadPlan.Skip> Skipped)
{
    /// <summary>Assets first, then drafts.</summary>
    public IReadOnlyList<DraftFile> InOrder => [.. Assets, .. Drafts];

    public static UploadPlan From(IReadOnlyList<DraftFile> files, AssetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var maxBytes = (limits ?? AssetLimits.Default).MaxBytes;
        var assets = files.Where(file => !file.IsDraft).ToList();
        var tooLarge = assets.Where(file => new FileInfo(file.LocalPath) is { Exists: true } info && info.Length > maxBytes).ToList();
        return new UploadPlan(
            files.Where(file => file.IsDraft).ToList(),
            assets.Except(tooLarge).ToList(),
            tooLarge.Select(file => new Skip(file.BlobName, $"larger than the {maxBytes / (1024 * 1024)} MiB asset limit")).ToList());
    }

    /// <summary>A file not uploaded, and why.</summary>
    public sealed record Skip(string BlobName, string Reason);
}
