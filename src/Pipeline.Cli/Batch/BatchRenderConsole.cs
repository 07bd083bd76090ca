using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Spectre.Console;

namespace Pipeline.Cli.Batch;

/// <summary>
/// The console side of <c>pipeline render DIR</c>: a progress bar while rendering (only on a terminal, so
/// redirected output stays plain), then a summary with pages/s and every failure. Exit code 0 when every
/// draft rendered, 1 when any failed, 2 when the folder does not exist.
/// </summary>
public static class BatchRenderConsole
{
    public static int Run(IArticleRenderer renderer, string sourceDirectory, string? outputDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(sourceDirectory))
        {
            Console.Error.WriteLine($"error: folder '{sourceDirectory}' does not exist");
            return 2;
        }

        var drafts = DraftFiles.Find([sourceDirectory]);
        var batch = new BatchRenderer(renderer);
        var options = new BatchRenderOptions(outputDirectory);
        BatchRenderReport report;
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            report = batch.Run(drafts, options, onDraftDone: null, cancellationToken);
        }
        else
        {
            report = null!;
            AnsiConsole.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("rendering", maxValue: Math.Max(1, drafts.Count));
                report = batch.Run(drafts, options, () => task.Increment(1), cancellationToken);
            });
        }

        WriteSummary(report, outputDirectory);
        return report.Failures.Count == 0 ? 0 : 1;
    }

    private static void WriteSummary(BatchRenderReport report, string? outputDirectory)
    {
        var destination = outputDirectory is null ? "dry run, nothing written" : $"written to {outputDirectory}";
        Console.WriteLine(
            $"rendered {report.Rendered} of {report.Total} drafts in {report.Elapsed.TotalSeconds:0.000} s " +
            $"({report.PagesPerSecond:0} pages/s; {destination}); {report.Skipped} skipped, {report.Failures.Count} failed");
        foreach (var failure in report.Failures)
        {
            Console.Error.WriteLine($"failed: {failure.Path}: {failure.Message}");
        }
    }
}
