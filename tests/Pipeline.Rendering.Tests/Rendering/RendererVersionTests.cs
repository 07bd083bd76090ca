using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>
/// The renderer version covers everything that shapes an article page, so reconcile re-renders every article when
/// any of it changes: the code (<see cref="ArticleRenderer.CodeVersion"/>), every template and partial, and the
/// site settings pages show. Settings that only shape listings and feeds leave it alone.
/// </summary>
public sealed class RendererVersionTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-version-");

    public void Dispose() => _directory.Delete(recursive: true);

    public static TheoryData<string, Action<SiteOptions>> PageShapingSettings => new()
    {
        { "title", site => site.Title = "Another title" },
        { "base URL", site => site.BaseUrl = "https://elsewhere.test/" },
        { "language", site => site.Language = "ja" },
        { "time zone", site => site.TimeZone = "Europe/Berlin" },
    };

    [Theory]
    [MemberData(nameof(PageShapingSettings))]
    public void A_site_setting_shown_in_pages_changes_the_version(string what, Action<SiteOptions> change)
    {
        var changed = new ArticleRenderer(TestDrafts.Options(change));
        Assert.True(changed.Version != TestDrafts.Renderer.Version, what);
        Assert.StartsWith(ArticleRenderer.CodeVersion + ".", changed.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_only_settings_leave_the_version_alone()
    {
        var changed = new ArticleRenderer(TestDrafts.Options(site =>
        {
            site.PageSize = 3;
            site.FeedSize = 7;
            site.FeedFullContent = !site.FeedFullContent;
        }));
        Assert.Equal(TestDrafts.Renderer.Version, changed.Version);
    }

    [Fact]
    public void Editing_a_partial_the_article_does_not_name_directly_changes_the_version()
    {
        var site = TestDrafts.Options(s => s.TemplatesDirectory = _directory.FullName);
        var partial = Path.Combine(_directory.FullName, "article-footer" + TemplateSet.FileExtension);
        File.WriteAllText(Path.Combine(_directory.FullName, "article" + TemplateSet.FileExtension), "<main>{{ body }}</main>{{ include 'article-footer' }}");
        File.WriteAllText(partial, "<footer>one</footer>");
        var before = new ArticleRenderer(site);
        File.WriteAllText(partial, "<footer>two</footer>");
        var after = new ArticleRenderer(TestDrafts.Options(s => s.TemplatesDirectory = _directory.FullName));

        Assert.EndsWith("<footer>two</footer>", after.Render(new Pipeline.Rendering.Drafts.DraftSource("a.md", "# T\n\nbody"u8.ToArray())).PageHtml, StringComparison.Ordinal);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void Editing_a_built_in_partial_replacement_changes_the_version()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "listing-head" + TemplateSet.FileExtension), "<title>x</title>");
        var replaced = new ArticleRenderer(TestDrafts.Options(s => s.TemplatesDirectory = _directory.FullName));
        Assert.NotEqual(TestDrafts.Renderer.Version, replaced.Version);
    }
}
