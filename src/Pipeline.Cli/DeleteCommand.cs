using System.CommandLine;
using Azure.Storage.Blobs;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline delete NAME…</c>: removes drafts; the next reconcile unpublishes them (their URLs answer 410).</summary>
internal static class DeleteCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("names")
        {
            Description = "Draft names in the container, as 'pipeline status' lists them (e.g. posts/hello.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var connection = StorageCommandOptions.ConnectionOption();
        var container = StorageCommandOptions.ContainerOption();
        var command = new Command("delete", "Delete drafts; their pages are unpublished at the next reconcile.") { names, connection, container };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var drafts = new BlobContainerClient(parse.GetValue(connection), parse.GetValue(container));
            var missing = 0;
            foreach (var name in parse.GetValue(names)!)
            {
                var deleted = await drafts.DeleteBlobIfExistsAsync(name, cancellationToken: cancellationToken);
                if (deleted.Value)
                {
                    AnsiConsole.MarkupLineInterpolated($"  deleted {name}");
                }
                else
                {
                    AnsiConsole.MarkupLineInterpolated($"  [yellow]no draft named {name}[/]");
                    missing++;
                }
            }

            return missing == 0 ? 0 : 1;
        });
        return command;
    }
}
