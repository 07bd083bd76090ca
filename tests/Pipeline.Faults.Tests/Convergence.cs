using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Publishing.Api;

namespace Pipeline.Faults.Tests;

/// <summary>
/// The invariants that must hold once the pipeline has caught up with a schedule, checked through the host's HTTP
/// API and the real stores: every existing draft published exactly once under its slug with its last version (or
/// failed with a reason: a slug another of its drafts owns), every deleted one forgotten and its slug 410, every
/// listing row pointing at a page that answers 200, no orphan page blob older than the grace period, nothing pending.
/// </summary>
public static class Convergence
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What is wrong now, one line each; empty once every invariant holds.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(FaultRig rig, IEnumerable<DraftLane> lanes)
    {
        var problems = new List<string>();
        var drafts = (await GetJsonAsync<DraftListView>(rig, "/api/drafts")).Drafts.ToDictionary(row => row.Path, StringComparer.Ordinal);
        var listing = await ListingAsync(rig);
        foreach (var lane in lanes)
        {
            await CheckLaneAsync(rig, lane, drafts, listing, problems);
        }

        foreach (var item in listing)
        {
            using var page = await rig.GetAsync(Uri.TryCreate(item.Url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : item.Url);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"listing row {item.Slug} points at {item.Url}, which answers {(int)page.StatusCode}");
            }
        }

        await CheckPageBlobsAsync(rig, problems);
        return problems;
    }

    private static async Task CheckLaneAsync(
        FaultRig rig, DraftLane lane, Dictionary<string, DraftStateView> drafts, List<Publishing.Stores.ArticleSummary> listing, List<string> problems)
    {
        var existing = lane.Docs.Where(doc => doc.Path is not null).ToList();
        foreach (var path in lane.Paths.Where(path => existing.All(doc => doc.Path != path)))
        {
            if (drafts.TryGetValue(path, out var row))
            {
                problems.Add($"{path} was deleted, but /api/drafts still lists it as {row.State}");
            }
        }

        foreach (var claimants in existing.GroupBy(doc => doc.Slug))
        {
            var slug = claimants.Key;
            var published = claimants.Where(doc => drafts.GetValueOrDefault(doc.Path!) is { State: "published" } row && row.Slug == slug).ToList();
            if (published.Count != 1)
            {
                problems.Add($"slug {slug}: {published.Count} of its drafts published ({Describe(claimants, drafts)}), expected exactly one");
                continue;
            }

            foreach (var loser in claimants.Except(published))
            {
                var row = drafts.GetValueOrDefault(loser.Path!);
                if (row is not { State: "failed", Error.Kind: "SlugConflict" } || string.IsNullOrWhiteSpace(row.Error.Message))
                {
                    problems.Add($"{loser.Path} claims the taken slug {slug}: expected failed with SlugConflict and a reason, got {Describe([loser], drafts)}");
                }
            }

            var winner = published[0];
            using var page = await rig.GetAsync($"/articles/{slug}");
            var html = await page.Content.ReadAsStringAsync();
            if (page.StatusCode != HttpStatusCode.OK || !html.Contains(winner.Marker, StringComparison.Ordinal))
            {
                problems.Add($"/articles/{slug} answers {(int)page.StatusCode} without {winner.Marker} (the last version of {winner.Path})");
            }

            var rows = listing.Count(item => item.Slug == slug);
            if (rows != 1)
            {
                problems.Add($"slug {slug} has {rows} listing rows, expected 1");
            }
        }

        var live = existing.Select(doc => doc.Slug).ToHashSet(StringComparer.Ordinal);
        var everClaimed = lane.Docs.SelectMany(doc => doc.PastSlugs.Append(doc.Slug)).Where(slug => !live.Contains(slug)).ToHashSet(StringComparer.Ordinal);
        foreach (var slug in everClaimed)
        {
            await CheckFreedSlugAsync(rig, lane, existing, slug, problems);
            if (listing.Any(item => item.Slug == slug))
            {
                problems.Add($"slug {slug} belongs to no existing draft but is still listed");
            }
        }
    }

    /// <summary>A slug no existing draft claims: 410 once it was live; 301 when an existing draft moved from it to its new slug.</summary>
    private static async Task CheckFreedSlugAsync(FaultRig rig, DraftLane lane, List<LaneDoc> existing, string slug, List<string> problems)
    {
        using var response = await rig.GetAsync($"/articles/{slug}");
        var status = response.StatusCode;
        var mover = existing.FirstOrDefault(doc => doc.PastSlugs.Contains(slug));
        if (status == HttpStatusCode.MovedPermanently)
        {
            var target = response.Headers.Location?.OriginalString ?? string.Empty;
            if (mover is null || !target.EndsWith("/articles/" + mover.Slug, StringComparison.Ordinal))
            {
                problems.Add($"/articles/{slug} redirects to '{target}', but no existing draft moved from it there");
            }

            return;
        }

        var allowed = lane.SeenLive.Contains(slug) && mover is null ? [HttpStatusCode.Gone] : new[] { HttpStatusCode.Gone, HttpStatusCode.NotFound };
        if (!allowed.Contains(status))
        {
            problems.Add($"/articles/{slug} (deleted{(lane.SeenLive.Contains(slug) ? " after it was live" : string.Empty)}) answers {(int)status}, expected {string.Join(" or ", allowed.Select(s => (int)s))}");
        }
    }

    /// <summary>Every page a draft row points at exists; every other page blob is younger than the grace period.</summary>
    private static async Task CheckPageBlobsAsync(FaultRig rig, List<string> problems)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in rig.Index.ListDraftsAsync())
        {
            if (record.PageBlob is { } blob)
            {
                referenced.Add(blob);
            }
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        var cutoff = DateTimeOffset.UtcNow - FaultRig.OrphanGrace;
        await foreach (var page in rig.Pages.ListAsync())
        {
            stored.Add(page.Name);
            if (!referenced.Contains(page.Name) && page.LastModified < cutoff)
            {
                problems.Add($"orphan page blob {page.Name} from {page.LastModified:O} outlived the {FaultRig.OrphanGrace.TotalSeconds} s grace period");
            }
        }

        problems.AddRange(referenced.Where(blob => !stored.Contains(blob)).Select(blob => $"a draft row points at the missing page blob {blob}"));
    }

    private static string Describe(IEnumerable<LaneDoc> docs, Dictionary<string, DraftStateView> drafts) =>
        string.Join("; ", docs.Select(doc => drafts.GetValueOrDefault(doc.Path!) is { } row
            ? $"{doc.Path}: {row.State} slug {row.Slug} {row.Error?.Kind} {row.Error?.Message}"
            : $"{doc.Path}: no row"));

    private static async Task<List<Publishing.Stores.ArticleSummary>> ListingAsync(FaultRig rig)
    {
        var items = new List<Publishing.Stores.ArticleSummary>();
        string? cursor = null;
        do
        {
            var page = await GetJsonAsync<ArticleListView>(rig, "/api/articles?limit=100" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            items.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return items;
    }

    private static async Task<T> GetJsonAsync<T>(FaultRig rig, string path)
    {
        using var response = await rig.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}
