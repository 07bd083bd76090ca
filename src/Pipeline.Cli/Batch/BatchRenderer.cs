using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Assets;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Batch;

/// <summary>
/// Renders a folder of drafts in parallel (bounded by <see cref="BatchRenderOptions.MaxParallelism"/>).
/// A draft that fails does not stop the others: it becomes a <see cref="BatchFailure"/>. Files the renderer
/// does not handle (not a draft by <see cref="DraftFile.IsDraft"/>, e.g. images next to drafts, or
/// <see cref="DraftErrorKind.UnsupportedType"/> from the renderer) are skipped; the ones a draft refers to are
/// resolved through <paramref name="assets"/> (by default none: local images render as missing).
/// </summary>
public sealed class BatchRenderer(IArticleRenderer renderer, IAssetResolver? assets = null)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="onDraftDone">Called once per draft as it finishes (from worker threads), e.g. to move a progress bar.</param>
    public BatchRenderReport Run(IReadOnlyList<DraftFile> drafts, BatchRenderOptions options, Action? onDraftDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(options);
        var outputRoot = options.OutputDirectory is null ? null : Path.GetFullPath(options.OutputDirectory);
        var failures = new ConcurrentBag<BatchFailure>();
        var warnings = new ConcurrentBag<BatchWarning>();
        var slugOwners = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var rendered = 0;
        var skipped = 0;
        var clock = Stopwatch.StartNew();

        void RenderOne(DraftFile draft)
        {
            try
            {
                // Images and other files next to the drafts are skipped by name, without reading them.
                if (!draft.IsDraft)
                {
                    Interlocked.Increment(ref skipped);
                    return;
                }

                var article = renderer.Render(new DraftSource(draft.BlobName, File.ReadAllBytes(draft.LocalPath)), assets ?? AssetResolver.None);
                var slug = article.Metadata.Slug;
                if (!slugOwners.TryAdd(slug, draft.BlobName))
                {
                    failures.Add(new BatchFailure(draft.BlobName, $"slug '{slug}' is already used by {slugOwners[slug]}"));
                    return;
                }

                if (outputRoot is not null)
                {
                    Write(outputRoot, slug, article.PageHtml);
                }

                foreach (var warning in article.Warnings)
                {
                    warnings.Add(new BatchWarning(draft.BlobName, warning.Line, warning.Message));
                }

                Interlocked.Increment(ref rendered);
            }
            catch (DraftException e) when (e.Kind == DraftErrorKind.UnsupportedType)
            {
                Interlocked.Increment(ref skipped);
            }
            catch (Exception e) when (e is DraftException or IOException or UnauthorizedAccessException)
            {
                failures.Add(new BatchFailure(draft.BlobName, e.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(new BatchFailure(draft.BlobName, RenderFailure.Describe(e)));
            }
            finally
            {
                onDraftDone?.Invoke();
            }
        }

        RenderOnThreads(drafts, Math.Max(1, options.MaxParallelism), RenderOne, cancellationToken);

        var ordered = failures.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var orderedWarnings = warnings.OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Line).ToList();
        return new BatchRenderReport(rendered, skipped, ordered, clock.Elapsed) { Warnings = orderedWarnings };
    }

    /// <summary>
    /// Runs <paramref name="renderOne"/> over the drafts on this thread and <paramref name="parallelism"/> − 1 threads
    /// of its own, each taking the next draft until none is left. Not <c>Parallel.ForEach</c>: its replicating tasks
    /// hand the loop between thread-pool workers, which spin when they fall idle; on two cores it cost 1.12× the CPU
    /// of one thread rendering alone, and these threads, which never wait for work, 0.97× of it (docs/benchmarks.md §2).
    /// </summary>
    private static void RenderOnThreads(IReadOnlyList<DraftFile> drafts, int parallelism, Action<DraftFile> renderOne, CancellationToken cancellationToken)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < drafts.Count && failure is null)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    renderOne(drafts[index]);
                }
            }
            catch (Exception e)
            {
                // Only cancellation reaches here (renderOne records every draft's failure); the first one wins.
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        var threads = Enumerable.Range(1, Math.Max(0, Math.Min(parallelism, drafts.Count) - 1))
            .Select(n => new Thread(Work) { IsBackground = true, Name = "render " + n.ToString(CultureInfo.InvariantCulture) })
            .ToList();
        threads.ForEach(thread => thread.Start());
        Work();
        threads.ForEach(thread => thread.Join());
        failure?.Throw();
    }

    private static void Write(string outputRoot, string slug, string pageHtml)
    {
        var directory = Path.GetFullPath(Path.Combine(outputRoot, slug));
        // The renderer validates slugs; this guard keeps a bad one from ever writing outside the output folder.
        if (!directory.StartsWith(outputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new IOException($"slug '{slug}' points outside the output folder");
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "index.html"), pageHtml, Utf8NoBom);
    }
}
