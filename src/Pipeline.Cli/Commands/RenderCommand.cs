using System.CommandLine;
using Pipeline.Cli.Batch;
using Pipeline.Core.Rendering;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline render DIR [--out OUTDIR | --dry-run]</c>: every draft in a folder to OUTDIR/{slug}/index.html.</summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var path = new Argument<DirectoryInfo>("DIR") { Description = "Folder of drafts (searched recursively; hidden files are ignored)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Write each page to OUTDIR/{slug}/index.html." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Render every draft but write nothing." };
        var command = new Command("render", "Render drafts to HTML pages.") { path, output, dryRun };
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is null == !result.GetValue(dryRun))
            {
                result.AddError("give exactly one of --out OUTDIR or --dry-run");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var outputDirectory = parseResult.GetValue(dryRun) ? null : parseResult.GetValue(output)!.FullName;
            return Task.FromResult(BatchRenderConsole.Run(new ArticleRenderer(), parseResult.GetValue(path)!.FullName, outputDirectory, cancellationToken));
        });
        return command;
    }
}
