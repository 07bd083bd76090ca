using System.CommandLine;
using System.Text;
using Pipeline.Core.Drafts;
using Pipeline.Core.Rendering;

namespace Pipeline.Cli;

/// <summary><c>pipeline render FILE [--json]</c>: the page HTML, or the article metadata as JSON.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A draft: .md, .markdown or .txt" };
        var json = new Option<bool>("--json") { Description = "Print the article metadata as JSON instead of the page" };
        var command = new Command("render", "Render one draft the way the pipeline publishes it") { file, json };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(json)));
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
            return 0;
        }
        catch (DraftException ex)
        {
            Console.Error.WriteLine($"error: {file.Name}: {ex.Message} ({ex.Kind})");
            return 1;
        }
    }
}
