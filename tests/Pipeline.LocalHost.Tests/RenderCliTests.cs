using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary><c>pipeline render</c> as an author runs it: whatever goes wrong with one draft is one line and exit code 1.</summary>
public sealed class RenderCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-render-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_render_that_fails_with_something_other_than_a_draft_error_prints_one_line_and_exits_one()
    {
        // A layout including a partial that does not exist fails inside Scriban, not as a DraftException.
        File.WriteAllText(Path.Combine(_folder, "article.scriban-html"), "<html>{{ include 'no-such-partial' }}</html>");
        var draft = Path.Combine(_folder, "post.md");
        File.WriteAllText(draft, "# Title\n\nBody.\n");

        var (exitCode, output) = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["Pipeline__Site__TemplatesDirectory"] = _folder },
            "render",
            draft);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: post.md: could not be rendered", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Single(output.Trim().Split('\n'));
    }
}
