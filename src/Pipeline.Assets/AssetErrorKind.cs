namespace Pipeline.Assets;

/// <summary>Why an asset was refused; each comes with a readable reason in <see cref="AssetException"/>.</summary>
public enum AssetErrorKind
{
    /// <summary>More bytes than <see cref="AssetLimits.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The bytes are not what the file's extension says (a PNG named .jpg, HTML named .png).</summary>
    TypeMismatch,

    /// <summary>The header claims more pixels than <see cref="AssetLimits.MaxPixels"/> (refused before decoding).</summary>
    TooManyPixels,

    /// <summary>An animation with too many frames or frame pixels (an animated GIF bomb).</summary>
    AnimationTooLarge,

    /// <summary>The image cannot be read (truncated, corrupt, or a codec this build lacks).</summary>
    Corrupt,

    /// <summary>An SVG that is not well-formed XML, or uses a DTD.</summary>
    InvalidSvg,
}
