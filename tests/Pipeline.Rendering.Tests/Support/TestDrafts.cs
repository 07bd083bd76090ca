using System.Text;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Tests.Support;

/// <summary>Renders drafts given as text, with fixed site options so output is comparable.</summary>
internal static class TestDrafts
{
    public static RenderingOptions Options(Action<SiteOptions>? site = null)
    {
        var options = new RenderingOptions { Site = { BaseUrl = "https://example.test/", Title = "Example" } };
        site?.Invoke(options.Site);
        return options;
    }

    public static ArticleRenderer Renderer { get; } = new(Options());

    public static Article Render(string path, string text) => Renderer.Render(new DraftSource(path, Encoding.UTF8.GetBytes(text)));

    /// <summary>The body HTML of <paramref name="markdown"/> read as a Zenn draft.</summary>
    public static string ZennBody(string markdown) => Render("a.md", "---\ntitle: T\nmarkdown: zenn\n---\n" + markdown).BodyHtml;

    /// <summary>The body HTML of <paramref name="markdown"/> read as a CommonMark draft.</summary>
    public static string CommonMarkBody(string markdown) => Render("a.md", "---\ntitle: T\n---\n" + markdown).BodyHtml;

    public static DraftException RenderFails(string path, string text) =>
        Assert.Throws<DraftException>(() => Render(path, text));

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
