using System.Text;

namespace Pipeline.Assets;

/// <summary>
/// What the bytes are, from their signature (the leading magic numbers), independent of the file name: an asset is
/// refused when its bytes do not match its extension, so nothing is served under a type it is not.
/// </summary>
public static class ContentSniffer
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static AssetKind Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngSignature))
        {
            return AssetKind.Png;
        }

        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return AssetKind.Jpeg;
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return AssetKind.Gif;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return AssetKind.WebP;
        }

        // ISO BMFF: size, then 'ftyp' and the major brand.
        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8)
            && (content[8..12].SequenceEqual("avif"u8) || content[8..12].SequenceEqual("avis"u8)))
        {
            return AssetKind.Avif;
        }

        if (content.StartsWith("%PDF-"u8))
        {
            return AssetKind.Pdf;
        }

        if (content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8))
        {
            return AssetKind.Zip;
        }

        return LooksLikeSvg(content) ? AssetKind.Svg : AssetKind.Other;
    }

    /// <summary>True when the bytes are what the extension claims (an unknown extension matches anything that is no known kind).</summary>
    public static bool Matches(AssetKind claimed, ReadOnlySpan<byte> content) => Sniff(content) == claimed;

    // SVG is XML text: a root <svg> element within the first few KiB (after any BOM, declaration, comments, doctype).
    private static bool LooksLikeSvg(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
