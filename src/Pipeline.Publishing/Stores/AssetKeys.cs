using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// Row keys of the asset rows, in their own partition (<see cref="Partition"/>) of the articles table, so they never
/// enter the site partition's listing scans and one draft's dependency rows can change in one transaction:
/// <list type="bullet">
/// <item><c>asset|{asset path}</c> — the asset's <see cref="AssetRecord"/> (point read while rendering)</item>
/// <item><c>uses|{draft path}|{digest of asset path}</c> — what a draft's render looked up</item>
/// <item><c>usedby|{asset path}|{digest of draft path}</c> — the drafts to re-render when the asset changes</item>
/// <item><c>unreferenced|{hash}</c> — when garbage collection first found <c>{hash}/</c> unreferenced</item>
/// </list>
/// The second path of a dependency key is a digest (the paths themselves are properties): two escaped paths of up to
/// <see cref="IndexKeys.MaxPathLength"/> characters would not fit in one key.
/// </summary>
public static class AssetKeys
{
    public const string Partition = "assets";

    private const string AssetPrefix = "asset|";
    private const string UsesPrefix = "uses|";
    private const string UsedByPrefix = "usedby|";
    private const string UnreferencedPrefix = "unreferenced|";

    public static string Asset(string path) => AssetPrefix + IndexKeys.Escape(path);

    public static string Uses(string draftPath, string assetPath) => UsesOf(draftPath) + Digest(assetPath);

    public static string UsedBy(string assetPath, string draftPath) => UsedByOf(assetPath) + Digest(draftPath);

    public static string Unreferenced(string hash) => UnreferencedPrefix + hash;

    /// <summary>Prefix of one draft's <c>uses</c> rows.</summary>
    public static string UsesOf(string draftPath) => UsesPrefix + IndexKeys.Escape(draftPath) + "|";

    /// <summary>Prefix of one asset's <c>usedby</c> rows.</summary>
    public static string UsedByOf(string assetPath) => UsedByPrefix + IndexKeys.Escape(assetPath) + "|";

    public static string AssetRange => AssetPrefix;

    public static string UsesRange => UsesPrefix;

    public static string UnreferencedRange => UnreferencedPrefix;

    private static string Digest(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path))[..12]);
}
