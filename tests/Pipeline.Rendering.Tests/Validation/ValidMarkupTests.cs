using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Validation;

/// <summary>
/// Every golden draft, rendered now, is valid HTML to the W3C Nu HTML Checker: no errors at all (warnings are
/// allowed). The pages go to a temporary folder and the checker reads them all in one run.
/// </summary>
public sealed class ValidMarkupTests
{
    private static readonly string GoldenDirectory = Path.Combine(TestDrafts.RepositoryRoot, "tests", "Pipeline.Rendering.Tests", "Golden");

    [Fact]
    public void Every_golden_page_passes_the_Nu_HTML_checker()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-vnu-");
        try
        {
            var pages = new List<string>();
            foreach (var draft in Directory.EnumerateFiles(GoldenDirectory).Where(path => Path.GetExtension(path) is ".md" or ".markdown" or ".txt").Order(StringComparer.Ordinal))
            {
                var article = TestDrafts.Renderer.Render(new DraftSource(Path.GetFileName(draft), File.ReadAllBytes(draft)));
                var page = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(draft) + ".html");
                File.WriteAllText(page, article.PageHtml);
                pages.Add(page);
            }

            foreach (var draft in GoldenSite.Drafts())
            {
                var page = Path.Combine(folder.FullName, "site-" + Path.ChangeExtension(draft, ".html").Replace('/', '-'));
                File.WriteAllText(page, GoldenSite.Render(draft).PageHtml);
                pages.Add(page);
            }

            Assert.True(pages.Count >= 8);
            var errors = NuHtmlChecker.Errors(pages);
            Assert.True(errors.Count == 0, "Nu HTML Checker errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
