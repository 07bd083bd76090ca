using Pipeline.Rendering.Drafts;

namespace Pipeline.Assets;

/// <summary>
/// Draft or asset: every file under the drafts container that is not a draft is an asset. The draft side is
/// <see cref="DraftFormats.TryGet"/>, the single classification; this is its complement, kept in one function so
/// the upload, the trigger and the reconciler all agree.
/// </summary>
public static class AssetClassifier
{
    public static bool IsAsset(string path) =>
        !string.IsNullOrEmpty(Path.GetFileName(path)) && !DraftFormats.TryGet(path, out _);
}
