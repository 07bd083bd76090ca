using Pipeline.Emulator;
using Xunit;

namespace Pipeline.TestSupport;

/// <summary>
/// One real Azurite (from the repository's pinned npm package) for a test collection, on free loopback
/// ports, with its data in a temporary folder so it survives <see cref="StopAsync"/>/<see cref="StartAsync"/>
/// (the transient-fault tests stop it mid-run). Tests isolate themselves with <see cref="CreateStorage"/>.
/// xunit requires the collection definition in the test assembly itself:
/// <code>[CollectionDefinition(AzuriteFixture.Collection)] public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</code>
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Name of the xunit collection whose tests share this fixture (and so run one at a time).</summary>
    public const string Collection = "Azurite";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "pipeline-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteEmulator? _emulator;

    public AzuriteEmulator Emulator => _emulator ?? throw new InvalidOperationException("Azurite has not started.");

    public string ConnectionString => Emulator.ConnectionString;

    public async Task InitializeAsync()
    {
        _emulator = await AzuriteEmulator.StartAsync(new AzuriteOptions { Location = _dataFolder });
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Fresh, uniquely named containers and tables on this Azurite, so tests never see each other's data.</summary>
    public TestStorage CreateStorage() => new(ConnectionString);

    /// <summary>Simulates an outage: every storage call fails with connection refused until <see cref="StartAsync"/>.</summary>
    public Task StopAsync() => Emulator.StopAsync();

    /// <summary>Brings Azurite back on the same ports with the same data.</summary>
    public Task StartAsync() => Emulator.StartAsync();
}
