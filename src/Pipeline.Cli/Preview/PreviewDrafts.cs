using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Preview;

/// <summary>
/// The folder's drafts as the preview shows them: each file rendered by the production renderer into the
/// <see cref="PreviewStore"/>, or recorded as a <see cref="DraftFailure"/>. Drafts that production would not list —
/// <c>draft: true</c>, <c>published: false</c>, a future date — are shown anyway, marked on their page and in
/// listings. A file whose bytes did not change since its last render is not rendered again.
/// </summary>
internal sealed class PreviewDrafts(string root, IArticleRenderer renderer, PreviewStore store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DraftFailure> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _renderedHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _firstSeen = new(StringComparer.Ordinal);

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Drafts that fail now, by path.</summary>
    public IReadOnlyCollection<DraftFailure> Failures => _failures.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>How many drafts render now.</summary>
    public int Rendered => _renderedHashes.Count - _failures.Count;

    /// <summary>Every draft file under the folder (hidden folders such as <c>.git</c> left out).</summary>
    public IEnumerable<string> DraftFiles() =>
        Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(IsDraft);

    /// <summary>The full paths of every draft rendered so far (some may be gone from disk by now).</summary>
    public IEnumerable<string> KnownFiles() => _renderedHashes.Keys.Select(path => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar))).ToList();

    /// <summary>Whether a changed file is one the preview shows.</summary>
    public bool IsDraft(string fullPath) =>
        DraftFormats.TryGet(fullPath, out _)
        && !Path.GetRelativePath(Root, fullPath).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    /// <summary>The failure now shown at <paramref name="slug"/>'s article page, if that draft fails.</summary>
    public DraftFailure? FailureAt(string slug) => _failures.Values.FirstOrDefault(f => f.Slug == slug);

    /// <summary>
    /// Renders the file again (or removes it when it is gone). Returns whether anything the preview shows changed:
    /// false when the bytes are the ones rendered last (an editor writing the same file twice).
    /// </summary>
    public bool Refresh(string fullPath)
    {
        var path = Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        var content = TryRead(fullPath);
        if (content is null)
        {
            var known = _renderedHashes.TryRemove(path, out _);
            _failures.TryRemove(path, out _);
            _firstSeen.TryRemove(path, out _);
            store.Remove(path);
            return known;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (_renderedHashes.TryGetValue(path, out var last) && last == hash)
        {
            return false;
        }

        _renderedHashes[path] = hash;
        try
        {
            var article = renderer.Render(new DraftSource(path, content));
            var conflict = Put(path, article, FirstSeen(path, fullPath));
            if (conflict is not null)
            {
                throw new DraftException(DraftErrorKind.SlugConflict, $"the slug '{article.Metadata.Slug}' is already used by the draft '{conflict}'; give this draft another slug");
            }

            _failures.TryRemove(path, out _);
        }
        catch (DraftException e)
        {
            _failures[path] = new DraftFailure(path, e, store.SlugOf(path));
        }

        return true;
    }

    private string? Put(string path, Article article, DateTimeOffset firstSeen)
    {
        var meta = article.Metadata;
        var date = meta.Date ?? firstSeen;
        var mark = meta.Draft ? "Draft" : date > clock.GetUtcNow() ? "Scheduled for " + date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : null;
        var summary = new ArticleSummary(meta.Slug, mark is null ? meta.Title : $"[{mark}] {meta.Title}", meta.Excerpt, meta.Lang, date, meta.Updated, meta.Tags,
            meta.ReadingMinutes, SitePaths.Article(meta.Slug));
        var page = mark is null ? article.PageHtml : WithBanner(article.PageHtml, mark + ": not published — shown by pipeline preview only");
        return store.Put(path, summary, meta, page, clock.GetUtcNow());
    }

    /// <summary>A date for a draft without one that does not move on every save (production uses the blob's creation time).</summary>
    private DateTimeOffset FirstSeen(string path, string fullPath) =>
        _firstSeen.GetOrAdd(path, _ => new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero));

    private static string WithBanner(string html, string text)
    {
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var at = body < 0 ? -1 : html.IndexOf('>', body) + 1;
        var banner = $"<p class=\"preview-mark\" role=\"status\" style=\"margin:0;padding:.5em 1em;background:#fde68a;color:#1c1917;font:600 1rem/1.4 system-ui,sans-serif\">{WebUtility.HtmlEncode(text)}</p>";
        return at <= 0 ? banner + html : html.Insert(at, banner);
    }

    /// <summary>The file's bytes, or null when it no longer exists; an editor still writing it gets a few retries.</summary>
    private static byte[]? TryRead(string fullPath)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return File.Exists(fullPath) ? File.ReadAllBytes(fullPath) : null;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 3)
            {
                Thread.Sleep(20);
            }
        }
    }
}
