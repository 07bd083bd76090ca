using System.Net;
using System.Text;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Faults.Tests;

/// <summary>
/// One schedule: its own drafts (<c>{Prefix}/d{n}.md</c>) and slugs (<c>{Prefix}-d{n}</c>), driven step by step
/// through the real drafts container, and the model of what must be true once the pipeline has caught up.
/// </summary>
public sealed class DraftLane(string prefix, IReadOnlyList<LaneStep> steps, FaultRig rig, InjectionCounts counts)
{
    private readonly List<LaneDoc> _docs = [];
    private int _names;

    public string Prefix { get; } = prefix;

    public IReadOnlyList<LaneStep> Steps { get; } = steps;

    public IReadOnlyList<LaneDoc> Docs => _docs;

    /// <summary>Every draft path the schedule ever wrote.</summary>
    public HashSet<string> Paths { get; } = new(StringComparer.Ordinal);

    /// <summary>Slugs seen live before a delete or rename: each must answer 410 (or 301) at the end, never 404.</summary>
    public HashSet<string> SeenLive { get; } = new(StringComparer.Ordinal);

    /// <summary>How long the steps took (observing included), for the round's timing line.</summary>
    public TimeSpan Elapsed { get; private set; }

    public async Task RunAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var step in Steps)
        {
            await Task.Delay(step.Pause);
            await RunAsync(step);
        }

        Elapsed = clock.Elapsed;
    }

    private async Task RunAsync(LaneStep step)
    {
        while (_docs.Count <= step.Doc)
        {
            _docs.Add(new LaneDoc { Slug = $"{Prefix}-d{_docs.Count}" });
        }

        var doc = _docs[step.Doc];
        var kind = doc.Path is null && step.Kind != Injection.SlugConflict ? Injection.Upload : step.Kind;
        counts.Add(kind);
        if (step.Observe && kind != Injection.Upload)
        {
            await ObserveLiveAsync(doc);
        }

        switch (kind)
        {
            case Injection.Upload:
                doc.Path ??= NewPath(step.Doc);
                await WriteNewVersionAsync(doc);
                break;
            case Injection.Overwrite:
                await WriteNewVersionAsync(doc);
                break;
            case Injection.DuplicateUpload:
                await UploadAsync(doc.Path!, doc.Bytes);
                break;
            case Injection.TouchMetadata:
                await rig.StorageAsync(
                    () => rig.Drafts.GetBlobClient(doc.Path).SetMetadataAsync(new Dictionary<string, string> { ["touched"] = doc.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x" + Environment.TickCount64 }),
                    $"touch {doc.Path}");
                break;
            case Injection.OverwriteBurst:
                for (var i = 0; i < 3; i++)
                {
                    await WriteNewVersionAsync(doc);
                }

                break;
            case Injection.Rename:
                var old = doc.Path!;
                doc.Path = NewPath(step.Doc);
                await UploadAsync(doc.Path, doc.Bytes);
                await DeleteAsync(old);
                break;
            case Injection.Delete:
                await DeleteAsync(doc.Path!);
                doc.Path = null;
                break;
            case Injection.DeleteAndRecreate:
                await DeleteAsync(doc.Path!);
                await UploadAsync(doc.Path!, doc.Bytes);
                break;
            case Injection.SlugChange:
                doc.PastSlugs.Add(doc.Slug);
                doc.Slug = $"{Prefix}-d{step.Doc}-s{++_names}";
                await WriteNewVersionAsync(doc);
                break;
            case Injection.SlugConflict:
                var rival = new LaneDoc { Slug = doc.Slug, Path = NewPath(_docs.Count) };
                _docs.Add(rival);
                await WriteNewVersionAsync(rival);
                break;
            default:
                throw new InvalidOperationException($"not a lane step: {kind}");
        }
    }

    /// <summary>Waits until the draft's current version is live (when it is the only one claiming its slug).</summary>
    private async Task ObserveLiveAsync(LaneDoc doc)
    {
        if (doc.Path is null || _docs.Count(other => other.Path is not null && other.Slug == doc.Slug) > 1)
        {
            return;
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (!deadline.IsCancellationRequested)
        {
            using var response = await rig.GetAsync($"/articles/{doc.Slug}");
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(doc.Marker, StringComparison.Ordinal))
            {
                SeenLive.Add(doc.Slug);
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{doc.Path} ({doc.Marker}) never went live under /articles/{doc.Slug}");
    }

    private string NewPath(int doc) => $"{Prefix}/d{doc}{(_names++ == 0 ? string.Empty : "-" + _names)}.md";

    private Task WriteNewVersionAsync(LaneDoc doc)
    {
        doc.Version++;
        doc.Marker = $"marker-{Prefix}-{doc.Path!.Replace('/', '-').Replace(".md", string.Empty, StringComparison.Ordinal)}-v{doc.Version}";
        doc.Bytes = Encoding.UTF8.GetBytes(
            $"---\ntitle: \"{Prefix} {doc.Path} v{doc.Version}\"\nslug: {doc.Slug}\ndate: 2025-01-01T00:00:00Z\ntags: [faults]\n---\n\nThe body of {doc.Marker}.\n");
        return UploadAsync(doc.Path, doc.Bytes);
    }

    private Task UploadAsync(string path, byte[] bytes)
    {
        Paths.Add(path);
        return rig.StorageAsync(
            () => rig.Drafts.GetBlobClient(path).UploadAsync(new BinaryData(bytes), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/markdown" } }),
            $"upload {path}");
    }

    private Task DeleteAsync(string path) =>
        rig.StorageAsync(() => rig.Drafts.GetBlobClient(path).DeleteIfExistsAsync(), $"delete {path}");
}
