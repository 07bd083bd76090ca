namespace Pipeline.Assets;

/// <summary>An asset refused for a stated reason; the message is what the author reads in the draft's status.</summary>
public sealed class AssetException(AssetErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public AssetErrorKind Kind { get; } = kind;
}
