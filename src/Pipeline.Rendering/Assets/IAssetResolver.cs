namespace Pipeline.Rendering.Assets;

/// <summary>
/// What rendering asks about a draft's image and file references, so rendering stays pure: the publisher passes one
/// backed by the asset index, the CLI one backed by the folder it renders. <see cref="AssetReferences.Candidates"/>
/// gives the blob names to look for, in order.
/// </summary>
public interface IAssetResolver
{
    /// <summary>The published image for <paramref name="reference"/> in the draft at <paramref name="draftPath"/>, or null when none of the candidates exists.</summary>
    ResolvedAsset? Resolve(string draftPath, string reference);
}
