using Pipeline.Cli.Upload;

namespace Pipeline.Cli.Tests;

/// <summary><c>pipeline upload DIR</c> of a whole repository takes what the site needs under the names references resolve to.</summary>
public sealed class RepositoryLayoutTests
{
    [Fact]
    public void A_zenn_repository_uploads_articles_and_images_under_their_repository_paths()
    {
        using var repo = new TempFolder();
        repo.Write("articles/setup.md", "---\ntitle: Setup\n---\n![s](/images/setup/fig.png)\n");
        repo.Write("images/setup/fig.png", "png");
        repo.Write("README.md", "# my zenn repo");
        repo.Write("package.json", "{}");
        repo.Write("node_modules/zenn-cli/index.js", "");

        var files = RepositoryLayout.Find([repo.Path], blobPrefix: null);

        Assert.Equal("zenn", RepositoryLayout.Detect(repo.Path));
        Assert.Equal(["articles/setup.md", "images/setup/fig.png"], files.Select(f => f.BlobName));
    }

    [Fact]
    public void A_hugo_site_uploads_content_without_its_prefix_and_static_under_static()
    {
        using var site = new TempFolder();
        site.Write("hugo.toml", "baseURL = 'https://example.org/'");
        site.Write("content/posts/x/index.md", "---\ntitle: X\n---\n![f](fig.jpg)\n");
        site.Write("content/posts/x/fig.jpg", "jpg");
        site.Write("static/img/a.png", "png");
        site.Write("themes/t/layouts/_default/single.html", "<html>");

        var files = RepositoryLayout.Find([site.Path], blobPrefix: null);

        Assert.Equal("hugo", RepositoryLayout.Detect(site.Path));
        Assert.Equal(["posts/x/fig.jpg", "posts/x/index.md", "static/img/a.png"], files.Select(f => f.BlobName));
    }

    [Fact]
    public void Any_other_folder_uploads_everything_but_hidden_files_and_node_modules()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "# a");
        folder.Write("shared/pic.webp", "webp");
        folder.Write(".git/config", "");
        folder.Write("node_modules/x.js", "");

        Assert.Equal(["a.md", "shared/pic.webp"], RepositoryLayout.Find([folder.Path], blobPrefix: null).Select(f => f.BlobName));
    }
}
