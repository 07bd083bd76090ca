namespace Pipeline.Assets;

/// <summary>One resized copy of a raster image: its file name beside the source, size, kind and encoded bytes.</summary>
public sealed record ImageVariant(string FileName, int Width, int Height, AssetKind Kind, byte[] Content)
{
    public string ContentType => AssetTypes.ContentType(Kind);
}
