using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Assets;

/// <summary>
/// Content-addressed, immutable names: <c>/assets/{hash}/{file-name}</c>, where hash is the first 128 bits of the
/// content's SHA-256 in lower-case hex. New content means a new URL, so a published URL can be cached forever.
/// Variants live beside their source: <c>/assets/{hash}/{stem}-{width}w{ext}</c>.
/// </summary>
public static class AssetAddress
{
    public const string RoutePrefix = "/assets/";

    public static string Hash(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content)[..16]);

    /// <summary>The blob name inside the assets container (no leading slash).</summary>
    public static string BlobName(string hash, string fileName) => $"{hash}/{SafeFileName(fileName)}";

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
