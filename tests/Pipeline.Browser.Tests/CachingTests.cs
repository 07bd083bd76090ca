using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Emulator;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Browser.Tests;

/// <summary>An author edits one article: exactly the responses that include it change their ETag.</summary>
[Collection(SiteCollection.Name)]
public sealed class CachingTests(SiteFixture site)
{
    private const string EditedDraft = "getting-started.md";

    [Fact]
    public async Task Editing_one_article_changes_only_the_responses_that_include_it()
    {
        string[] including = ["/", "/tags/pipeline", "/feed.xml", "/feed.json", "/sitemap.xml"];
        string[] excluding = ["/tags/xss", "/tags/" + Uri.EscapeDataString("東京"), "/robots.txt"];
        var before = await ETagsAsync(including.Concat(excluding));
        var previous = site.Drafts.Single(d => d.Path == EditedDraft).ETag;

        var original = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "samples", EditedDraft));
        var edited = original.Replace(
            "summary: Upload a Markdown draft, get a finished page.",
            "summary: Upload a Markdown draft, get a finished page — now edited.\nupdated: 2025-11-25T10:00:00Z",
            StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        var drafts = new BlobServiceClient(site.StorageConnectionString).GetBlobContainerClient(PipelineNames.DraftsContainer);
        await drafts.GetBlobClient(EditedDraft).UploadAsync(
            new BinaryData(Encoding.UTF8.GetBytes(edited)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/markdown; charset=utf-8" } });
        await site.WaitForRepublishAsync(EditedDraft, previous);

        var after = await ETagsAsync(including.Concat(excluding));
        Assert.All(including, path => Assert.NotEqual(before[path], after[path]));
        Assert.All(excluding, path => Assert.Equal(before[path], after[path]));
    }

    private async Task<Dictionary<string, string>> ETagsAsync(IEnumerable<string> paths)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using var response = await site.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            tags[path] = response.Headers.ETag!.Tag;
        }

        return tags;
    }
}
