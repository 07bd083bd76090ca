using System.CommandLine;
using Azure.Storage.Blobs;
using Pipeline.Cli.Upload;
using Pipeline.Rendering.Drafts;
using Pipeline.Storage.Azure.Upload;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline upload PATH…</c>: puts drafts and assets (files, folders, whole Zenn or Hugo repositories) into the drafts container.</summary>
internal static class UploadCommand
{
    /// <summary>From this many files on, a progress bar replaces the line-per-file output.</summary>
    private const int ProgressBarThreshold = 5;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders: a Zenn repository (articles/, images/), a Hugo site (content/, static/) or any folder of drafts and their images, keeping relative paths.",
            Arity = ArgumentArity.OneOrMore,
        };
        var connection = StorageCommandOptions.ConnectionOption();
        var container = StorageCommandOptions.ContainerOption();
        var prefix = new Option<string?>("--prefix") { Description = "Folder inside the container to upload below." };
        var command = new Command("upload", "Upload drafts and their images and files to the drafts container; the pipeline publishes them.")
        {
            paths, connection, container, prefix,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IReadOnlyList<DraftFile> files;
            try
            {
                files = RepositoryLayout.Find(parse.GetValue(paths)!, parse.GetValue(prefix));
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

            if (plan.InOrder.Count == 0)
            {
                AnsiConsole.MarkupLine("[red]Nothing to upload.[/]");
                return 1;
            }

            // Dates the publisher uses for drafts without a front-matter date: one git walk per repository, else mtimes.
            var metadata = await UploadMetadata.ReadAsync(plan.Drafts.Select(file => file.LocalPath), cancellationToken);
            var uploader = new DraftUploader(new BlobContainerClient(parse.GetValue(connection), parse.GetValue(container)), metadata);
            await UploadAsync(uploader, plan.InOrder, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"Uploaded [green]{plan.Drafts.Count}[/] draft(s) and [green]{plan.Assets.Count}[/] asset(s) to '{parse.GetValue(container)}' ({plan.Skipped.Count} skipped). See their state with [bold]pipeline status[/].");
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
            var task = progress.AddTask("Uploading drafts and assets", maxValue: files.Count);
            await uploader.UploadAllAsync(files, _ => task.Increment(1), cancellationToken);
        });
    }
}
