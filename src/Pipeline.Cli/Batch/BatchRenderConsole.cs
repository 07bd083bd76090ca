using Pipeline.Cli.Assets;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Spectre.Console;

namespace Pipeline.Cli.Batch;

/// <summary>
/// The console side of <c>pipeline render DIR</c>: a progress bar while rendering (only on a terminal, so
/// redirected output stays plain), then a summary with pages/s, every failure, every refused asset (with its reason)
/// and every warning. Images and files the drafts refer to are resolved in the folder (<see cref="FolderAssets"/>)
/// and, with an output folder, published under <c>OUT/assets/</c>. Exit code 0 when every draft rendered and no
/// referenced asset was refused, 1 otherwise, 2 when the folder does not exist.
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
        var assets = new FolderAssets(sourceDirectory, outputDirectory);
        var batch = new BatchRenderer(renderer, assets);
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

        WriteSummary(report, outputDirectory, assets);
        return report.Failures.Count == 0 && assets.Refusals.Count == 0 ? 0 : 1;
    }

    private static void WriteSummary(BatchRenderReport report, string? outputDirectory, FolderAssets assets)
    {
        var destination = outputDirectory is null ? "dry run, nothing written" : $"written to {outputDirectory}";
        Console.WriteLine(
            $"rendered {report.Rendered} of {report.Total} drafts in {report.Elapsed.TotalSeconds:0.000} s " +
            $"({report.PagesPerSecond:0} pages/s; {destination}); {report.Skipped} skipped, {report.Failures.Count} failed");
        if (outputDirectory is not null && assets.Published > 0)
        {
            Console.WriteLine($"published {assets.Published} assets (with their variants) to {Path.Combine(outputDirectory, "assets")}");
        }

        foreach (var failure in report.Failures)
        {
            Console.Error.WriteLine($"failed: {failure.Path}: {failure.Message}");
        }

        foreach (var refusal in assets.Refusals)
        {
            Console.Error.WriteLine($"refused: {refusal.Path}: {refusal.Reason}");
        }

        foreach (var warning in report.Warnings)
        {
            Console.Error.WriteLine($"warning: {warning.Path}:{warning.Line}: {warning.Message}");
        }
    }
}
