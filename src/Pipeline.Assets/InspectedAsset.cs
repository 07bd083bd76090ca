namespace Pipeline.Assets;

/// <summary>An asset that passed <see cref="AssetInspector"/>: its file name, kind, and (raster images) header.</summary>
public sealed record InspectedAsset(string FileName, AssetKind Kind, ImageHeader? Header)
{
    public string ContentType => AssetTypes.ContentType(Kind);
}
