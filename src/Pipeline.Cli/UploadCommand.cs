using System.CommandLine;
using Azure.Storage.Blobs;
using Pipeline.Rendering.Drafts;
using Pipeline.Storage.Azure.Upload;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline upload PATH…</c>: puts drafts (files or whole folders) into the drafts container.</summary>
internal static class UploadCommand
{
    /// <summary>From this many files on, a progress bar replaces the line-per-file output.</summary>
    private const int ProgressBarThreshold = 5;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Draft files or folders (folders upload every draft below them, keeping relative paths; other files are skipped).",
            Arity = ArgumentArity.OneOrMore,
        };
        var connection = StorageCommandOptions.ConnectionOption();
        var container = StorageCommandOptions.ContainerOption();
        var prefix = new Option<string?>("--prefix") { Description = "Folder inside the container to upload below." };
        var command = new Command("upload", "Upload drafts to the drafts container; the pipeline publishes them.")
        {
            paths, connection, container, prefix,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IReadOnlyList<DraftFile> files;
            try
            {
                files = DraftFiles.Find(parse.GetValue(paths)!, parse.GetValue(prefix));
            }
            catch (FileNotFoundException missing)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{missing.Message}[/]");
                return 2;
            }

            var plan = UploadPlan.From(files);
            foreach (var skip in plan.Skipped)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]skipped {skip.BlobName}[/]: {skip.Reason}");
            }

            if (plan.Drafts.Count == 0)
            {
                AnsiConsole.MarkupLine("[red]No drafts to upload.[/]");
                return 1;
            }

            // Dates the publisher uses for drafts without a front-matter date: one git walk per repository, else mtimes.
            var metadata = await UploadMetadata.ReadAsync(plan.Drafts.Select(file => file.LocalPath), cancellationToken);
            var uploader = new DraftUploader(new BlobContainerClient(parse.GetValue(connection), parse.GetValue(container)), metadata);
            await UploadAsync(uploader, plan.Drafts, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Uploaded [green]{plan.Drafts.Count}[/] draft(s) to '{parse.GetValue(container)}' ({plan.Skipped.Count} skipped). See their state with [bold]pipeline status[/].");
            return 0;
        });
        return command;
    }

    private static Task UploadAsync(DraftUploader uploader, IReadOnlyList<DraftFile> files, CancellationToken cancellationToken)
    {
        if (files.Count < ProgressBarThreshold)
        {
            return uploader.UploadAllAsync(
                files,
                file => AnsiConsole.MarkupLineInterpolated($"  {file.BlobName} [grey]({file.ContentType})[/]"),
                cancellationToken);
        }

        return AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Uploading drafts", maxValue: files.Count);
            await uploader.UploadAllAsync(files, _ => task.Increment(1), cancellationToken);
        });
    }
}
