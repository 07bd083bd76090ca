using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Assets;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing.Assets;

/// <summary>
/// Publishes assets beside the drafts (docs/architecture.md, "Assets"):
/// <list type="number">
/// <item>Reads the current version (refused as too large from its size, before downloading).</item>
/// <item>Inspects it (<see cref="AssetInspector"/>: size, bytes against extension, pixel and frame limits from the
/// header only) and sanitises an SVG.</item>
/// <item>Writes <c>{hash}/{file}</c> and its variants once per hash: when an earlier publish of the same bytes wrote
/// them, nothing is encoded again. The source blob is written last, so its presence means the set is complete.</item>
/// <item>Confirms the version is still the blob's current one, writes the asset row, then re-renders every draft
/// whose render looked the path up (<see cref="IAssetIndex.UsersAsync"/>), in this same call.</item>
/// </list>
/// A refusal is recorded in the asset row with its reason and the previous live copy kept; nothing is re-rendered.
/// </summary>
internal sealed class AssetPublisher(
    IDraftStore sources, IAssetStore store, IAssetIndex index, DraftPublisher drafts, AssetInspector inspector, VariantMaker variants,
    VariantOptions variantOptions, AssetLimits limits, TimeProvider clock, ILogger<AssetPublisher> logger) : IAssetPublisher
{
    public async Task<AssetPublishResult> PublishAsync(string assetPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(assetPath);
        if (!IndexKeys.IsKeyablePath(assetPath))
        {
            AssetLog.Unkeyable(logger, assetPath);
            return new AssetPublishResult(assetPath, AssetOutcome.Missing);
        }

        var total = Stopwatch.StartNew();
        var record = await index.GetAsync(assetPath, cancellationToken);
        var version = await sources.GetVersionAsync(assetPath, cancellationToken);
        if (version is null)
        {
            AssetLog.Unchanged(logger, assetPath, null, "the asset no longer exists; its delete is handled separately");
            return new AssetPublishResult(assetPath, AssetOutcome.Missing, record?.Hash);
        }

        if (record is not null && record.SourceETag == version.ETag && record.State != AssetState.Poisoned)
        {
            AssetLog.Unchanged(logger, assetPath, version.ETag, "this version was already handled");
            return new AssetPublishResult(assetPath, record.State == AssetState.Failed ? AssetOutcome.Failed : AssetOutcome.Unchanged, record.Hash, record.Message);
        }

        if (SizeRefusal(assetPath, version.Size) is { } tooLarge)
        {
            return await RefuseAsync(record, version, tooLarge, cancellationToken);
        }

        DraftContent? source;
        try
        {
            source = await sources.ReadAsync(assetPath, limits.MaxBytes, cancellationToken);
        }
        catch (DraftException)
        {
            // Grew past the limit between the HEAD and the read.
            var current = await sources.GetVersionAsync(assetPath, cancellationToken) ?? version;
            return await RefuseAsync(record, current, SizeRefusal(assetPath, current.Size) ?? new AssetException(AssetErrorKind.TooLarge, $"'{assetPath}' grew past the size limit while it was read"), cancellationToken);
        }

        if (source is null)
        {
            return new AssetPublishResult(assetPath, AssetOutcome.Missing, record?.Hash);
        }

        version = source.Version;
        var bytes = source.Content.ToArray();
        var hash = AssetAddress.Hash(bytes);
        if (record is { IsLive: true } && record.Hash == hash)
        {
            // The same bytes uploaded again: the published copy is already right, and so is every render that uses it
            // unless the file had been deleted (those pages carry the deletion's warning, which must go).
            await index.SetAsync(record with { SourceETag = version.ETag, State = AssetState.Published, ErrorKind = null, Message = null, Updated = clock.GetUtcNow() }, cancellationToken);
            AssetLog.Unchanged(logger, assetPath, version.ETag, "same bytes as the published copy");
            IReadOnlyList<PublishResult> restored = record.State == AssetState.Deleted ? await RefreshUsersAsync(assetPath, cancellationToken) : [];
            return new AssetPublishResult(assetPath, AssetOutcome.Unchanged, hash) { Refreshed = restored };
        }

        AssetRecord next;
        int written;
        try
        {
            var inspected = inspector.Inspect(assetPath, bytes);
            (next, written) = await WriteOnceAsync(assetPath, version, hash, inspected, bytes, cancellationToken);
        }
        catch (AssetException refused)
        {
            return await RefuseAsync(record, version, refused, cancellationToken);
        }

        if ((await sources.GetVersionAsync(assetPath, cancellationToken))?.ETag != version.ETag)
        {
            // Overwritten (or deleted) while publishing: the newer version's own event (or reconcile) decides.
            AssetLog.Unchanged(logger, assetPath, version.ETag, "superseded by a newer upload while publishing");
            return new AssetPublishResult(assetPath, AssetOutcome.Unchanged, record?.Hash);
        }

        await index.SetAsync(next, cancellationToken);
        var refreshed = await RefreshUsersAsync(assetPath, cancellationToken);
        AssetLog.Published(logger, assetPath, version.ETag, hash, written, refreshed.Count, total.ElapsedMilliseconds);
        return new AssetPublishResult(assetPath, AssetOutcome.Published, hash) { Refreshed = refreshed };
    }

    public async Task<AssetPublishResult> DeleteAsync(string assetPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(assetPath);
        if (!IndexKeys.IsKeyablePath(assetPath))
        {
            AssetLog.Unkeyable(logger, assetPath);
            return new AssetPublishResult(assetPath, AssetOutcome.Missing);
        }

        if (await sources.GetVersionAsync(assetPath, cancellationToken) is not null)
        {
            // Uploaded again since the delete: the current version wins, whatever the event order.
            return await PublishAsync(assetPath, cancellationToken);
        }

        var record = await index.GetAsync(assetPath, cancellationToken);
        if (record is { State: AssetState.Deleted })
        {
            // A duplicate or late delete event: the pages already show the last copy with the warning.
            return new AssetPublishResult(assetPath, AssetOutcome.Deleted, record.Hash);
        }

        if (record is { IsLive: true })
        {
            // Nothing live breaks: the last published copy stays on the pages that use it, each warned of the deletion.
            await index.SetAsync(record with { SourceETag = "", State = AssetState.Deleted, ErrorKind = null, Message = "deleted from the drafts container; the last published copy is still served", Updated = clock.GetUtcNow() }, cancellationToken);
        }
        else if (record is not null)
        {
            await index.DeleteAsync(assetPath, cancellationToken);
        }

        // Users are re-rendered even without a row: a draft may have looked the path up and found a refused version.
        var refreshed = await RefreshUsersAsync(assetPath, cancellationToken);
        AssetLog.Deleted(logger, assetPath, refreshed.Count);
        return new AssetPublishResult(assetPath, record is null ? AssetOutcome.Missing : AssetOutcome.Deleted) { Refreshed = refreshed };
    }

    public async Task RecordPoisonAsync(string assetPath, string? etag, CancellationToken cancellationToken = default)
    {
        if (!IndexKeys.IsKeyablePath(assetPath))
        {
            AssetLog.Unkeyable(logger, assetPath);
            return;
        }

        var record = await index.GetAsync(assetPath, cancellationToken);
        var etagSeen = etag is null ? record?.SourceETag ?? "" : ETags.Quoted(etag);
        await index.SetAsync(KeepingLiveCopy(record, assetPath, etagSeen, AssetState.Poisoned, "Poisoned",
            "publishing kept failing with a storage or host error and the trigger gave up; the host log has the cause, and reconcile retries it"), cancellationToken);
        AssetLog.Poisoned(logger, assetPath, etag);
    }

    /// <summary>The size refusal for a file of <paramref name="size"/> bytes, known before reading it; null when it is within the limit.</summary>
    private AssetException? SizeRefusal(string assetPath, long size)
    {
        try
        {
            inspector.CheckSize(assetPath, size);
            return null;
        }
        catch (AssetException refused)
        {
            return refused;
        }
    }

    /// <summary>Writes the published copy and its variants unless this hash was published under this name before.</summary>
    private async Task<(AssetRecord Record, int Written)> WriteOnceAsync(
        string assetPath, DraftVersion version, string hash, InspectedAsset inspected, byte[] bytes, CancellationToken cancellationToken)
    {
        var fileName = AssetAddress.SafeFileName(inspected.FileName);
        var sourceBlob = AssetAddress.BlobName(hash, fileName);
        var existing = await store.ListFilesAsync(hash, cancellationToken);
        var body = inspected.Kind == AssetKind.Svg ? SvgSanitizer.Sanitize(bytes) : bytes;
        (int Width, int Height)? size = inspected.Header is { } header ? (header.Width, header.Height)
            : inspected.Kind == AssetKind.Svg ? SvgSize.Read(body) : null;
        IReadOnlyList<AssetVariantRecord> records;
        var written = 0;
        if (existing.Any(file => file.Name == sourceBlob))
        {
            records = ExistingVariants(hash, fileName, existing);
        }
        else
        {
            var made = variants.Make(inspected, bytes);
            foreach (var variant in made)
            {
                await store.WriteAsync(new AssetBlob(AssetAddress.BlobName(hash, variant.FileName), variant.Content, variant.ContentType), cancellationToken);
            }

            await store.WriteAsync(new AssetBlob(sourceBlob, body, inspected.ContentType), cancellationToken);
            written = made.Count + 1;
            records = [.. made.Select(variant => new AssetVariantRecord(variant.FileName, variant.Width, variant.ContentType, IsSocial(variant.FileName)))];
        }

        var record = new AssetRecord
        {
            Path = assetPath,
            SourceETag = version.ETag,
            State = AssetState.Published,
            Hash = hash,
            FileName = fileName,
            ContentType = inspected.ContentType,
            Width = size?.Width,
            Height = size?.Height,
            Variants = records,
            Updated = clock.GetUtcNow(),
        };
        return (record, written);
    }

    /// <summary>The variants an earlier publish of the same bytes wrote, read back from their names (<c>{stem}-{width}w{ext}</c>).</summary>
    private List<AssetVariantRecord> ExistingVariants(string hash, string fileName, IReadOnlyList<AssetFile> files)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName) + "-";
        var found = new List<AssetVariantRecord>();
        foreach (var file in files)
        {
            var name = file.Name[(hash.Length + 1)..];
            var suffix = Path.GetFileNameWithoutExtension(name);
            if (suffix.Length > stem.Length && suffix.StartsWith(stem, StringComparison.Ordinal) && suffix.EndsWith('w')
                && int.TryParse(suffix[stem.Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var width))
            {
                found.Add(new AssetVariantRecord(name, width, file.ContentType, IsSocial(name)));
            }
        }

        return found;
    }

    // The social-card variant is the one VariantMaker makes at the social width in the source's own format, after the srcset widths.
    private bool IsSocial(string variantFileName) =>
        Path.GetFileNameWithoutExtension(variantFileName).EndsWith($"-{variantOptions.SocialWidth}w", StringComparison.Ordinal)
        && !variantOptions.Widths.Contains(variantOptions.SocialWidth);

    private async Task<AssetPublishResult> RefuseAsync(AssetRecord? record, DraftVersion version, AssetException refused, CancellationToken cancellationToken)
    {
        var path = version.Path;
        var message = refused.Message.Length > DraftStatus.MaxMessageLength ? refused.Message[..DraftStatus.MaxMessageLength] + "…" : refused.Message;
        await index.SetAsync(KeepingLiveCopy(record, path, version.ETag, AssetState.Failed, refused.Kind.ToString(), message), cancellationToken);
        AssetLog.Refused(logger, path, version.ETag, refused.Kind.ToString(), message);
        return new AssetPublishResult(path, AssetOutcome.Failed, record?.Hash, $"{refused.Kind}: {message}");
    }

    /// <summary>A row for a version that did not publish: the previous live copy (if any) stays what articles show.</summary>
    private AssetRecord KeepingLiveCopy(AssetRecord? record, string path, string etag, AssetState state, string errorKind, string message) => new()
    {
        Path = path,
        SourceETag = etag,
        State = state,
        Hash = record?.Hash,
        FileName = record?.FileName,
        ContentType = record?.ContentType,
        Width = record?.Width,
        Height = record?.Height,
        Variants = record?.Variants ?? [],
        ErrorKind = errorKind,
        Message = message,
        Updated = clock.GetUtcNow(),
    };

    private async Task<IReadOnlyList<PublishResult>> RefreshUsersAsync(string assetPath, CancellationToken cancellationToken)
    {
        var results = new List<PublishResult>();
        foreach (var draft in await index.UsersAsync(assetPath, cancellationToken))
        {
            results.Add(await drafts.RefreshAsync(draft, cancellationToken));
        }

        return results;
    }
}
