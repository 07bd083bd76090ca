using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// With no storage configured the host starts its own Azurite (on free ports here, data in a temporary folder),
/// serves, and on SIGTERM shuts down cleanly, stopping that Azurite.
/// </summary>
public sealed partial class EmbeddedAzuriteTests
{
    [Fact]
    public async Task Without_a_connection_the_host_runs_its_own_azurite_and_stops_it_on_sigterm()
    {
        var data = Path.Combine(Path.GetTempPath(), "pipeline-localhost-" + Guid.NewGuid().ToString("N"));
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "",
            ["LocalHost:AzuriteBlobPort"] = "0",
            ["LocalHost:AzuriteDataDirectory"] = data,
            ["LocalHost:HostId"] = "test-embedded",
        });
        try
        {
            var azuritePid = int.Parse(AzuriteReady().Match(host.Output).Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/articles")).StatusCode);
            Assert.True(Directory.Exists(data));

            await host.TerminateAsync();

            Assert.Equal(0, host.ExitCode);
            Assert.False(IsRunning(azuritePid), $"Azurite (pid {azuritePid}) still runs after the host exited:\n{host.Output}");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Azurite \(pid (?<pid>\d+)\) ready")]
    private static partial Regex AzuriteReady();
}
