namespace Pipeline.Rendering.Assets;

/// <summary>
/// What rendering asks about a draft's image and file references, so rendering stays pure: the publisher passes one
/// backed by the asset index, <c>pipeline render DIR --out</c> one backed by the folder it renders. The renderer
/// applies the resolution rule itself (<see cref="AssetReferences.Candidates"/>) and asks for each candidate blob name
/// in turn, so every resolver is a plain look-up and the rule lives in one place. Called synchronously while a
/// page renders, possibly from several renders at once.
/// </summary>
public interface IAssetResolver
{
    /// <summary>The published asset stored under <paramref name="blobName"/> (a drafts-container name such as <c>images/x/fig.png</c>), or null when there is none (or it was refused).</summary>
    ResolvedAsset? Find(string blobName);
}
