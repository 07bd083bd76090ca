using System.CommandLine;
using System.Text;
using Pipeline.Cli.Batch;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline render FILE [--json]</c>: the page HTML, or the article metadata as JSON.
/// <c>pipeline render DIR --out OUTDIR | --dry-run</c>: every draft in the folder to OUTDIR/{slug}/index.html
/// (in parallel, with a progress bar and a failure summary; see <see cref="BatchRenderConsole"/>).
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A draft (.md, .markdown or .txt), or a folder of drafts" };
        var json = new Option<bool>("--json") { Description = "Print the article metadata as JSON instead of the page" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder only: write each page to OUTDIR/{slug}/index.html" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Folder only: render every draft, write nothing" };
        var command = new Command("render", "Render one draft the way the pipeline publishes it, or a whole folder") { path, json, output, dryRun };
        command.Validators.Add(result =>
        {
            var isFolder = Directory.Exists(result.GetValue(path));
            if (isFolder && result.GetValue(output) is null == !result.GetValue(dryRun))
            {
                result.AddError("for a folder, give exactly one of --out OUTDIR or --dry-run");
            }
            else if (!isFolder && (result.GetValue(output) is not null || result.GetValue(dryRun)))
            {
                result.AddError("--out and --dry-run apply to a folder of drafts");
            }
        });
        command.SetAction((result, cancellationToken) =>
        {
            var target = result.GetValue(path)!;
            return Task.FromResult(Directory.Exists(target)
                ? BatchRenderConsole.Run(CliServices.Get<IArticleRenderer>(), target, result.GetValue(output)?.FullName, cancellationToken)
                : Run(new FileInfo(target), result.GetValue(json)));
        });
        return command;
    }

    private static int Run(FileInfo file, bool json)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: {file.FullName} does not exist");
            return 2;
        }

        try
        {
            var renderer = CliServices.Get<IArticleRenderer>();
            var article = renderer.Render(new DraftSource(file.Name, File.ReadAllBytes(file.FullName)));
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            stdout.WriteLine(json ? ArticleMetadataJson.Serialize(article.Metadata) : article.PageHtml);
            foreach (var warning in article.Warnings)
            {
                // The page rendered (the problem shows in place); the author still wants to know where.
                Console.Error.WriteLine($"warning: {file.Name}:{warning.Line}: {warning.Message}");
            }

            return 0;
        }
        catch (DraftException ex)
        {
            Console.Error.WriteLine($"error: {file.Name}: {ex.Message} ({ex.Kind})");
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever a hostile draft (or a broken template) provokes, the author gets one line, not a stack trace.
            Console.Error.WriteLine($"error: {file.Name}: {RenderFailure.Describe(ex)}");
            return 1;
        }
    }
}
