using Pipeline.Functions.HostHarness;

namespace Pipeline.Functions.Tests;

public sealed class HarnessTests
{
    [Fact]
    public async Task Starting_without_a_built_app_names_the_missing_worker_config()
    {
        var empty = Directory.CreateTempSubdirectory("pipeline-no-app-");
        try
        {
            var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
                FunctionsHost.StartAsync(new FunctionsHostOptions { AppDirectory = empty.FullName }));
            Assert.EndsWith("worker.config.json", error.FileName, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
