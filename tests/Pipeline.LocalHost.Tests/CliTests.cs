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

    private static List<string> PublishedPaths(string draftsJson)
    {
        using var document = JsonDocument.Parse(draftsJson);
        return [.. document.RootElement.GetProperty("drafts").EnumerateArray()
            .Where(d => d.GetProperty("state").GetString() == "published")
            .Select(d => d.GetProperty("path").GetString()!)];
    }
}
