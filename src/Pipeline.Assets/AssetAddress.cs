using System.Security.Cryptography;
using System.Text;
using Pipeline.Rendering.Configuration;

namespace Pipeline.Assets;

/// <summary>
/// Content-addressed, immutable names: <c>/assets/{hash}/{file-name}</c>, where hash is the first 128 bits of the
/// content's SHA-256 in lower-case hex. New content means a new URL, so a published URL can be cached forever.
/// Variants live beside their source: <c>/assets/{hash}/{stem}-{width}w{ext}</c>.
/// </summary>
public static class AssetAddress
{
    public const string RoutePrefix = "/" + SiteRoutes.AssetsSegment + "/";

    /// <summary>Stored on every asset blob and sent with every asset answer: a name never changes content, so cache it for a year.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>Length of <see cref="Hash"/>: 128 bits in hex.</summary>
    public const int HashLength = 32;

    public static string Hash(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content)[..16]);

    /// <summary>The blob name inside the assets container (no leading slash).</summary>
    public static string BlobName(string hash, string fileName) => $"{hash}/{SafeFileName(fileName)}";

    /// <summary>True for a well-formed hash part of an asset URL (lower-case hex, <see cref="HashLength"/> digits).</summary>
    public static bool IsHash(string value) =>
        value.Length == HashLength && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static string Url(string hash, string fileName) => RoutePrefix + BlobName(hash, fileName);

    public static string VariantFileName(string fileName, int width, AssetKind kind) =>
        $"{Path.GetFileNameWithoutExtension(SafeFileName(fileName))}-{width}w{AssetTypes.Extension(kind)}";

    /// <summary>The file name as it appears in a URL: letters, digits, '.', '-' and '_' kept, anything else '-'.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var safe = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(character) || character is '.' or '-' or '_' ? character : '-');
        }

        var result = safe.ToString().Trim('.');
        return result.Length == 0 ? "asset" : result;
    }
}
