namespace Pipeline.Assets;

/// <summary>What an image's header says, read without decoding pixels.</summary>
public sealed record ImageHeader(int Width, int Height, int Frames)
{
    public long Pixels => (long)Width * Height;

    public bool IsAnimated => Frames > 1;
}
