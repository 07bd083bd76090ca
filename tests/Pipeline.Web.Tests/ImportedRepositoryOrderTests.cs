using System.Net.Http.Json;
using Pipeline.Publishing.Api;
using Pipeline.Rendering.Drafts;
using Pipeline.Storage.Azure.Upload;
using Pipeline.TestSupport;
using Pipeline.Web.Http;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// A repository of drafts without dates, uploaded the way <c>pipeline upload</c> does it, keeps the order its git history
/// gives: each article is dated by its file's last commit, not by when the upload happened.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ImportedRepositoryOrderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Undated_drafts_are_listed_by_their_last_commit_date()
    {
        using var repository = new TemporaryGitRepository();
        var oldest = new DateTimeOffset(2021, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
        var middle = new DateTimeOffset(2022, 8, 15, 12, 0, 0, TimeSpan.Zero);
        var newest = new DateTimeOffset(2023, 12, 24, 20, 0, 0, TimeSpan.FromHours(9));
        repository.Write("articles/mu.md", Undated("mu"));
        repository.Write("articles/alpha.md", Undated("alpha"));
        repository.Write("articles/zeta.md", Undated("zeta"));
        repository.Commit(oldest);
        repository.Write("articles/alpha.md", Undated("alpha", "Edited."));
        repository.Commit(middle);
        repository.Write("articles/zeta.md", Undated("zeta", "Edited."));
        repository.Commit(newest);

        var files = DraftFiles.Find([Path.Combine(repository.Root, "articles")]);
        var metadata = await UploadMetadata.ReadAsync(files.Select(file => file.LocalPath));
        await _host.Uploader(metadata).UploadAllAsync(files);
        foreach (var file in files)
        {
            await _host.PublishUploadedAsync(file.BlobName);
        }

        var items = (await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles", ApiJson.Options))!.Items;

        Assert.Equal(["zeta", "alpha", "mu"], items.Select(item => item.Slug));
        Assert.Equal([newest, middle, oldest], items.Select(item => item.Date));
    }

    [Fact]
    public async Task A_front_matter_date_still_wins_over_the_commit_date()
    {
        using var repository = new TemporaryGitRepository();
        var written = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        repository.Write("dated.md", DraftText.Article("dated", written));
        repository.Commit(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var files = DraftFiles.Find([repository.Root]);
        await _host.Uploader(await UploadMetadata.ReadAsync(files.Select(file => file.LocalPath))).UploadAllAsync(files);
        await _host.PublishUploadedAsync("dated.md");

        var item = Assert.Single((await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles", ApiJson.Options))!.Items);
        Assert.Equal(written, item.Date);
    }

    private static string Undated(string slug, string body = "Some text.") => $"title: {slug}\nslug: {slug}\n\n{body}\n";
}
