using System.Security.Cryptography;
using System.Text;
using Pipeline.Assets;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Assets;

namespace Pipeline.Publishing.Assets;

/// <summary>
/// Resolves a draft's references against the asset index while the draft renders, and remembers every candidate it
/// looked up with what it found (<see cref="Uses"/>, hits and misses alike): the publisher stores them as the draft's
/// dependencies, so an asset that appears, changes or goes re-renders exactly the drafts that asked for it.
/// One instance per render; the renderer applies the resolution rule (<see cref="AssetReferences.Candidates"/>) and asks
/// for each candidate blob name, each read once (a synchronous point read: rendering is synchronous).
/// </summary>
public sealed class IndexAssetResolver(IAssetIndex index, string draftPath) : IAssetResolver
{
    private readonly Dictionary<string, AssetRecord?> _seen = new(StringComparer.Ordinal);

    /// <summary>Every candidate looked up, in order, with the hash found (null: a miss).</summary>
    public IReadOnlyList<AssetUse> Uses
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen.Select(seen => new AssetUse(draftPath, seen.Key, seen.Value?.SeenHash))];
            }
        }
    }

    /// <summary>
    /// A digest of what the render saw, part of the page's version: the same text with another image (or the image
    /// gone) is another page. Empty when the draft references no asset, so such pages keep their names.
    /// </summary>
    public string Fingerprint => Digest(Uses);

    public ResolvedAsset? Find(string blobName)
    {
        if (!IndexKeys.IsKeyablePath(blobName))
        {
            return null;
        }

        AssetRecord? record;
        lock (_seen)
        {
            if (_seen.TryGetValue(blobName, out record))
            {
                return Answer(record);
            }
        }

        record = index.Get(blobName);
        lock (_seen)
        {
            _seen.TryAdd(blobName, record);
        }

        return Answer(record);
    }

    /// <summary>
    /// The live copy (a refused replacement keeps the last good one; a deleted file's last copy stays shown, with a
    /// warning), or for a file that is there but was never published, its refusal, which the page shows as missing
    /// with the reason. Null when there is no such file.
    /// </summary>
    private static ResolvedAsset? Answer(AssetRecord? record) => record switch
    {
        { IsLive: true, State: AssetState.Deleted } => ToResolved(record) with { Notice = AssetRecord.DeletedNotice },
        { IsLive: true } => ToResolved(record),
        { Message: { } reason } => ResolvedAsset.Refused(record.Path, reason),
        _ => null,
    };

    public static string Digest(IReadOnlyList<AssetUse> uses)
    {
        if (uses.Count == 0)
        {
            return "";
        }

        var text = string.Join('\n', uses.OrderBy(use => use.AssetPath, StringComparer.Ordinal).Select(use => $"{use.AssetPath}\t{use.Hash}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
    }

    public static ResolvedAsset ToResolved(AssetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hash = record.Hash!;
        var social = record.Variants.FirstOrDefault(variant => variant.Social);
        var url = AssetAddress.Url(hash, record.FileName!);
        return new ResolvedAsset(record.Path, url, record.Width, record.Height)
        {
            ContentType = record.ContentType,
            Variants = [.. record.Variants.Where(variant => !variant.Social)
                .Select(variant => new ResolvedVariant(AssetAddress.Url(hash, variant.FileName), variant.Width, variant.ContentType))],
            SocialUrl = social is not null ? AssetAddress.Url(hash, social.FileName) : record.Width is not null ? url : null,
        };
    }
}
