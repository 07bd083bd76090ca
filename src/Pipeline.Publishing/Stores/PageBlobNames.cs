using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// Page blob names: <c>{escaped slug}/{version}.html</c>, where the version digests source path, content hash
/// and renderer version (and, when the draft references assets, the assets fingerprint). A new version gets a new blob, so the live page is never overwritten before the index
/// commits (a failed or conflicting publish cannot damage it), and an unchanged version maps to the same blob.
/// </summary>
public static class PageBlobNames
{
    public static string For(string slug, string sourcePath, string contentHash, string rendererVersion, string assetsFingerprint = "")
    {
        // Without assets the digest is what it always was, so existing pages keep their names.
        var assets = assetsFingerprint.Length == 0 ? "" : "\n" + assetsFingerprint;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourcePath}\n{contentHash}\n{rendererVersion}{assets}"));
        return $"{IndexKeys.Escape(slug)}/{Convert.ToHexStringLower(digest)[..20]}.html";
    }
}
