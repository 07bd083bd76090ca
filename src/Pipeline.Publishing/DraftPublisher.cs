using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing;

/// <summary>
/// Publishes drafts safely under real blob events (duplicates, overwrites, out-of-order delivery, deletes):
/// <list type="number">
/// <item>Reads the draft's current version pinned to its ETag (events only say "look at this path").</item>
/// <item>Skips when raw bytes (or the decoded text) and renderer version match the live version.</item>
/// <item>Renders; a <see cref="DraftException"/> (or any renderer exception — rendering is pure, so it would
/// fail the same way again) is recorded in the status row and reported, never thrown.</item>
/// <item>Writes the page under a version-unique blob name (the live page is untouched).</item>
/// <item>Commits the draft row, slug rows and listing rows in one conditional table transaction — the commit
/// point. A concurrent change to any of them fails the transaction and the publish starts over.</item>
/// </list>
/// Monotonic guard: a version older than the indexed one (by the service-set Last-Modified, which only grows for
/// one blob) is Stale; and right before committing, the version must still be the blob's current ETag, so a
/// publish that raced a newer upload stands down rather than overwrite it (the newer upload's own event, or
/// reconcile, publishes it). Last-Modified has one-second resolution, which is why the ETag check, not the
/// clock, settles same-second races. A crash after the page write leaves only an unreferenced blob; the next
/// event or reconcile redoes the publish. Storage faults propagate so the trigger retries.
/// </summary>
public sealed class DraftPublisher : IDraftPublisher
{
    /// <summary>Only the one partition's transaction limit bounds this; beyond it a draft is rejected, not truncated.</summary>
    public const int MaxTagsAndAliases = 40;

    private const int MaxCommitAttempts = 8;
    private const string RenderFailedKind = "RenderFailed";
    private const string PoisonedKind = "Poisoned";

    private readonly IDraftStore _drafts;
    private readonly IPageStore _pages;
    private readonly IArticleIndex _index;
    private readonly IArticleRenderer _renderer;
    private readonly RenderingOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DraftPublisher> _logger;
    private readonly StatusRecorder _status;
    private readonly IndexPlanner _planner;

    public DraftPublisher(
        IDraftStore drafts, IPageStore pages, IArticleIndex index, IDraftStatusStore statuses, IArticleRenderer renderer,
        IOptions<RenderingOptions> options, TimeProvider clock, ILogger<DraftPublisher> logger)
    {
        _drafts = drafts;
        _pages = pages;
        _index = index;
        _renderer = renderer;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _status = new StatusRecorder(statuses, clock);
        _planner = new IndexPlanner(index, clock);
    }

    public async Task<PublishResult> PublishAsync(string draftPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftPath);
        if (!IndexKeys.IsKeyablePath(draftPath))
        {
            return Unkeyable(draftPath);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await TryPublishAsync(draftPath, cancellationToken) is { } result)
            {
                return result;
            }

            PublisherLog.CommitConflict(_logger, draftPath, attempt);
            if (attempt == MaxCommitAttempts)
            {
                throw new InvalidOperationException($"The index kept changing while publishing '{draftPath}'; the event will be retried.");
            }
        }
    }

    public async Task<PublishResult> UnpublishAsync(string draftPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftPath);
        if (!IndexKeys.IsKeyablePath(draftPath))
        {
            return Unkeyable(draftPath);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await _drafts.GetVersionAsync(draftPath, cancellationToken) is not null)
            {
                // Uploaded again since the delete: the current version wins, whatever the event order.
                return await PublishAsync(draftPath, cancellationToken);
            }

            var record = await _index.GetDraftAsync(draftPath, cancellationToken);
            if (record is null)
            {
                await _status.ForgetAsync(draftPath, cancellationToken);
                PublisherLog.Skipped(_logger, draftPath, null, PublishOutcome.Missing, "nothing was published from it");
                return new PublishResult(draftPath, PublishOutcome.Missing);
            }

            var commit = await _planner.WithdrawAsync(record, next: null, tombstone: true, cancellationToken);
            if (await _index.TryCommitAsync(commit, cancellationToken))
            {
                await DeletePageAsync(record.PageBlob, cancellationToken);
                await _status.ForgetAsync(draftPath, cancellationToken);
                PublisherLog.Unpublished(_logger, draftPath, record.Slug);
                return new PublishResult(draftPath, PublishOutcome.Unpublished, record.Slug);
            }

            PublisherLog.CommitConflict(_logger, draftPath, attempt);
            if (attempt == MaxCommitAttempts)
            {
                throw new InvalidOperationException($"The index kept changing while unpublishing '{draftPath}'; the event will be retried.");
            }
        }
    }

    public async Task RecordPoisonAsync(string draftPath, string? etag, CancellationToken cancellationToken = default)
    {
        if (!IndexKeys.IsKeyablePath(draftPath))
        {
            Unkeyable(draftPath);
            return;
        }

        etag = etag is null ? null : ETags.Quoted(etag);
        var record = await _index.GetDraftAsync(draftPath, cancellationToken);
        var liveSlug = record?.State == DraftState.Published ? record.Slug : null;
        await _status.SetErrorAsync(draftPath, DraftState.Poisoned, etag, PoisonedKind,
            "publishing kept failing with a storage or host error and the trigger gave up; the host log has the cause, and reconcile retries it",
            line: null, liveSlug, rendererVersion: null, cancellationToken);
        PublisherLog.Poisoned(_logger, draftPath, etag);
    }

    /// <summary>A draft path too long to key a row by cannot even get a status row: the log is all there is.</summary>
    private PublishResult Unkeyable(string path)
    {
        var message = $"the draft path is longer than {IndexKeys.MaxPathLength} characters; rename the draft";
        PublisherLog.Failed(_logger, path, null, nameof(DraftErrorKind.UnsupportedType), message, null);
        return new PublishResult(path, PublishOutcome.Failed, Error: message);
    }

    /// <summary>One read-render-commit pass; null when the commit lost a race and the pass must start over.</summary>
    private async Task<PublishResult?> TryPublishAsync(string path, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var record = await _index.GetDraftAsync(path, cancellationToken);
        DraftContent? draft;
        try
        {
            draft = await _drafts.ReadAsync(path, _options.MaxDraftBytes, cancellationToken);
        }
        catch (DraftException e)
        {
            var etag = (await _drafts.GetVersionAsync(path, cancellationToken))?.ETag;
            return await FailAsync(path, etag, record, e.Kind.ToString(), e.Message, e.Line, cancellationToken);
        }

        if (draft is null)
        {
            PublisherLog.Skipped(_logger, path, null, PublishOutcome.Missing, "the draft no longer exists; its delete is handled separately");
            return new PublishResult(path, PublishOutcome.Missing);
        }

        var version = draft.Version;
        var rawHash = Convert.ToHexStringLower(SHA256.HashData(draft.Content.Span));
        if (record is not null && IsCurrent(record, rawHash, record.ContentHash))
        {
            return await UnchangedAsync(path, version, record, "same bytes and renderer version as the live version", cancellationToken);
        }

        if (record is not null && version.LastModified < record.SourceLastModified)
        {
            PublisherLog.Skipped(_logger, path, version.ETag, PublishOutcome.Stale, "older than the indexed version");
            return new PublishResult(path, PublishOutcome.Stale, record.Slug);
        }

        var render = Stopwatch.StartNew();
        Article article;
        try
        {
            article = _renderer.Render(new DraftSource(path, draft.Content));
        }
        catch (DraftException e)
        {
            return await FailAsync(path, version.ETag, record, e.Kind.ToString(), e.Message, e.Line, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await FailAsync(path, version.ETag, record, RenderFailedKind, $"the renderer failed: {e.Message}", null, cancellationToken);
        }

        render.Stop();
        var meta = article.Metadata;
        if (record is not null && IsCurrent(record, record.RawHash, meta.ContentHash))
        {
            return await UnchangedAsync(path, version, record, "same text and renderer version as the live version", cancellationToken);
        }

        if (Validate(meta) is { } invalid)
        {
            return await FailAsync(path, version.ETag, record, invalid.Kind.ToString(), invalid.Message, invalid.Line, cancellationToken);
        }

        var state = meta.Draft ? DraftState.Draft : meta.Date > _clock.GetUtcNow() ? DraftState.Scheduled : DraftState.Published;
        var next = new DraftRecord
        {
            Path = path,
            SourceETag = version.ETag,
            SourceLastModified = version.LastModified,
            RawHash = rawHash,
            ContentHash = meta.ContentHash,
            RendererVersion = meta.RendererVersion,
            State = state,
            Slug = meta.Slug,
            Redirects = record?.Redirects ?? [],
            DueAt = state == DraftState.Scheduled ? meta.Date : null,
        };

        IndexCommit commit;
        if (state == DraftState.Published)
        {
            var currentRow = await _index.FindAsync(meta.Slug, cancellationToken);
            if (currentRow is { State: SlugState.Article } && currentRow.Owner != path)
            {
                var message = $"the slug '{meta.Slug}' is already used by the draft '{currentRow.Owner}'; give this draft another slug";
                return await FailAsync(path, version.ETag, record, nameof(DraftErrorKind.SlugConflict), message, null, cancellationToken);
            }

            var pageBlob = PageBlobNames.For(meta.Slug, path, meta.ContentHash, meta.RendererVersion);
            next = next with { PageBlob = pageBlob };
            commit = await _planner.PublishAsync(record, next, currentRow, ToArticle(meta, version, pageBlob), Aliases(meta), cancellationToken);
        }
        else
        {
            commit = record is null
                ? new IndexCommit(null, next, [])
                : await _planner.WithdrawAsync(record, next, tombstone: false, cancellationToken);
        }

        if (commit.RowCount > IndexCommit.MaxRows)
        {
            var message = $"the article would need {commit.RowCount} index rows at once (tags, aliases and old slugs); the limit is {IndexCommit.MaxRows}";
            return await FailAsync(path, version.ETag, record, nameof(DraftErrorKind.FrontMatter), message, null, cancellationToken);
        }

        if (next.PageBlob is { } page)
        {
            await _pages.WriteAsync(new PageWrite(page, article.PageHtml, path, version.ETag, meta.ContentHash, meta.RendererVersion), cancellationToken);
        }

        // The guard that orders same-second versions: only the blob's current version may commit.
        if ((await _drafts.GetVersionAsync(path, cancellationToken))?.ETag != version.ETag)
        {
            PublisherLog.Skipped(_logger, path, version.ETag, PublishOutcome.Stale, "superseded by a newer upload while publishing");
            return new PublishResult(path, PublishOutcome.Stale, record?.Slug);
        }

        if (!await _index.TryCommitAsync(commit, cancellationToken))
        {
            return null;
        }

        if (record?.PageBlob is { } oldPage && oldPage != next.PageBlob)
        {
            await DeletePageAsync(oldPage, cancellationToken);
        }

        await _status.SetStateAsync(path, state, version.ETag, meta.Slug, next.DueAt, meta.RendererVersion, cancellationToken);
        var outcome = state switch
        {
            DraftState.Published => PublishOutcome.Published,
            DraftState.Scheduled => PublishOutcome.Scheduled,
            _ => PublishOutcome.NotPublishable,
        };
        PublisherLog.Published(_logger, path, version.ETag, outcome, meta.Slug, render.ElapsedMilliseconds, total.ElapsedMilliseconds);
        return new PublishResult(path, outcome, meta.Slug);
    }

    /// <summary>Same source and renderer as the indexed version, and nothing time-based (a due schedule) pending.</summary>
    private bool IsCurrent(DraftRecord record, string rawHash, string contentHash) =>
        record.RawHash == rawHash && record.ContentHash == contentHash && record.RendererVersion == _renderer.Version
        && !(record.State == DraftState.Scheduled && record.DueAt <= _clock.GetUtcNow());

    private async Task<PublishResult> UnchangedAsync(string path, DraftVersion version, DraftRecord record, string reason, CancellationToken cancellationToken)
    {
        // A failure recorded for an in-between version is over: this version is the live one.
        await _status.SetStateAsync(path, record.State, version.ETag, record.Slug, record.DueAt, record.RendererVersion, cancellationToken);
        PublisherLog.Skipped(_logger, path, version.ETag, PublishOutcome.Unchanged, reason);
        return new PublishResult(path, PublishOutcome.Unchanged, record.Slug);
    }

    private async Task<PublishResult> FailAsync(
        string path, string? etag, DraftRecord? record, string kind, string message, int? line, CancellationToken cancellationToken)
    {
        var liveSlug = record?.State == DraftState.Published ? record.Slug : null;
        await _status.SetErrorAsync(path, DraftState.Failed, etag, kind, message, line, liveSlug, _renderer.Version, cancellationToken);
        PublisherLog.Failed(_logger, path, etag, kind, message, liveSlug);
        return new PublishResult(path, PublishOutcome.Failed, liveSlug, $"{kind}: {message}");
    }

    private static DraftException? Validate(ArticleMetadata meta)
    {
        if (!IndexKeys.IsKeyableSlug(meta.Slug))
        {
            return new DraftException(DraftErrorKind.InvalidSlug, $"the slug must be 1 to {IndexKeys.MaxSlugLength} characters long");
        }

        if (meta.Tags.Count + meta.Aliases.Count > MaxTagsAndAliases)
        {
            return new DraftException(DraftErrorKind.FrontMatter, $"an article may have at most {MaxTagsAndAliases} tags and aliases together");
        }

        return meta.Tags.FirstOrDefault(tag => !IndexKeys.IsKeyableTag(TagKey.Normalize(tag))) is { } badTag
            ? new DraftException(DraftErrorKind.FrontMatter, $"the tag '{badTag}' is empty or too long")
            : null;
    }

    private SlugRecord ToArticle(ArticleMetadata meta, DraftVersion version, string pageBlob)
    {
        var date = meta.Date ?? version.CreatedOn;
        return new SlugRecord
        {
            Slug = meta.Slug,
            State = SlugState.Article,
            Owner = meta.SourcePath,
            PageBlob = pageBlob,
            SortDate = date,
            TagKeys = meta.Tags.Select(TagKey.Normalize).Distinct(StringComparer.Ordinal).ToList(),
            Summary = new ArticleSummary(meta.Slug, meta.Title, meta.Excerpt, meta.Lang, date, meta.Updated, meta.Tags,
                meta.ReadingMinutes, SitePaths.Article(meta.Slug)),
            Metadata = meta,
            Changed = _clock.GetUtcNow(),
        };
    }

    /// <summary>Aliases name old slugs (<c>old-name</c> or <c>/articles/old-name/</c>); other paths are not ours to redirect.</summary>
    private static IEnumerable<string> Aliases(ArticleMetadata meta) =>
        meta.Aliases
            .Select(alias => alias.Trim().Trim('/'))
            .Select(alias => alias.StartsWith("articles/", StringComparison.Ordinal) ? alias["articles/".Length..] : alias)
            .Where(alias => !alias.Contains('/', StringComparison.Ordinal) && IndexKeys.IsKeyableSlug(alias));

    private async Task DeletePageAsync(string? pageBlob, CancellationToken cancellationToken)
    {
        if (pageBlob is null)
        {
            return;
        }

        try
        {
            await _pages.DeleteAsync(pageBlob, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Best effort: a page blob no row points to is swept by reconcile once it is old enough.
            PublisherLog.PageCleanupFailed(_logger, e, pageBlob);
        }
    }
}
