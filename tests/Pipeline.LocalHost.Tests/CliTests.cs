using System.Text.Json;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>The author's loop with the real CLI against a running local host: upload a folder, read the status table, delete.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class CliTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-cli-").FullName;
    private TestStorage _storage = null!;
    private LocalHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _storage = azurite.CreateStorage();
        _host = await LocalHostProcess.StartAsync(_storage);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Upload_publishes_a_folder_status_shows_it_and_delete_unpublishes()
    {
        var names = Enumerable.Range(1, 6).Select(i => $"cli-post-{i}").ToList();
        foreach (var name in names)
        {
            var path = Path.Combine(_folder, "batch", name + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, $"---\ntitle: {name}\nslug: {name}\n---\n\nFrom the CLI.\n");
        }

        var upload = await CliProcess.RunAsync("upload", Path.Combine(_folder, "batch"), "--prefix", "cli", "--connection", _storage.ConnectionString, "--container", _storage.DraftsContainer);
        Assert.True(upload.ExitCode == 0, upload.Output);

        await Eventually.GetAsync(
            () => _host.Client.GetStringAsync("/api/drafts"),
            json => PublishedPaths(json).Count == names.Count,
            () => _host.Output);
        var status = await CliProcess.RunAsync("status", "--url", _host.BaseAddress.ToString());
        Assert.True(status.ExitCode == 0, status.Output);
        Assert.Contains("cli/cli-post-1.md", status.Output, StringComparison.Ordinal);
        Assert.Contains("published", status.Output, StringComparison.Ordinal);

        var delete = await CliProcess.RunAsync("delete", "cli/cli-post-1.md", "--connection", _storage.ConnectionString, "--container", _storage.DraftsContainer);
        Assert.True(delete.ExitCode == 0, delete.Output);
        await Eventually.GetAsync(
            async () => (await _host.Client.GetAsync("/articles/cli-post-1")).StatusCode,
            code => code == System.Net.HttpStatusCode.Gone,
            () => _host.Output);
    }

    [Fact]
    public async Task Status_lists_assets_with_their_state_reason_and_users_beside_the_drafts_missing_image_warning()
    {
        var site = Path.Combine(_folder, "site");
        Directory.CreateDirectory(Path.Combine(site, "posts"));
        await File.WriteAllTextAsync(Path.Combine(site, "posts", "guide.md"),
            "---\ntitle: Guide\nslug: guide\n---\n\n![diagram](fig.png)\n\n![lost](gone.png)\n\n![bomb](bomb.png)\n");
        await File.WriteAllBytesAsync(Path.Combine(site, "posts", "fig.png"), TestImages.Png(1200, 600));
        // 100 bytes of PNG claiming 30000×30000: refused from its header.
        await File.WriteAllBytesAsync(Path.Combine(site, "posts", "bomb.png"), TestImages.PngClaiming(30000, 30000));

        var upload = await CliProcess.RunAsync("upload", site, "--connection", _storage.ConnectionString, "--container", _storage.DraftsContainer);
        Assert.True(upload.ExitCode == 0, upload.Output);
        await Eventually.GetAsync(
            () => _host.Client.GetStringAsync("/api/assets"),
            json => AssetStates(json) is var states
                && states.GetValueOrDefault("posts/fig.png") == "published"
                && states.GetValueOrDefault("posts/bomb.png") == "failed",
            () => _host.Output);
        await Eventually.GetAsync(
            () => _host.Client.GetStringAsync("/api/drafts"),
            // Published, and re-rendered once fig.png was: only the truly missing image is still warned about.
            json => PublishedPaths(json).Contains("posts/guide.md")
                && json.Contains("image 'gone.png' not found", StringComparison.Ordinal)
                && !json.Contains("image 'fig.png' not found", StringComparison.Ordinal),
            () => _host.Output);

        var status = await CliProcess.RunAsync("status", "--url", _host.BaseAddress.ToString());

        Assert.True(status.ExitCode == 0, status.Output);
        var rows = ConsoleTable.Rows(status.Output);
        var guide = Assert.Single(rows, row => row[0] == "posts/guide.md");
        Assert.True(guide[2].Contains(ConsoleTable.Squash("warning line 8: image 'gone.png' not found"), StringComparison.Ordinal), status.Output);
        var fig = Assert.Single(rows, row => row[0] == "posts/fig.png");
        Assert.Equal(["published", "posts/guide.md"], [fig[1], fig[3]]);
        Assert.Matches(@"^1200×600image/png,[1-9][0-9]*variantshttp://.+/assets/[0-9a-f]{32}/fig\.png$", fig[2]);
        var bomb = Assert.Single(rows, row => row[0] == "posts/bomb.png");
        Assert.Equal(["failed", "posts/guide.md"], [bomb[1], bomb[3]]);
        Assert.StartsWith("TooManyPixels:", bomb[2], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> AssetStates(string assetsJson)
    {
        using var document = JsonDocument.Parse(assetsJson);
        return document.RootElement.GetProperty("assets").EnumerateArray()
            .ToDictionary(a => a.GetProperty("path").GetString()!, a => a.GetProperty("state").GetString()!, StringComparer.Ordinal);
    }

    private static List<string> PublishedPaths(string draftsJson)
    {
        using var document = JsonDocument.Parse(draftsJson);
        return [.. document.RootElement.GetProperty("drafts").EnumerateArray()
            .Where(d => d.GetProperty("state").GetString() == "published")
            .Select(d => d.GetProperty("path").GetString()!)];
    }
}
