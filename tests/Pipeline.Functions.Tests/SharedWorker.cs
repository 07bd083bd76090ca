using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// One worker process (and one storage slice) for all end-to-end tests of a class: starting the worker is
/// the slow part, and each test works on its own drafts and slugs, so sharing it loses no isolation.
/// </summary>
public sealed class SharedWorker : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkerSession? _session;

    internal async Task<WorkerSession> GetAsync(AzuriteFixture azurite)
    {
        await _gate.WaitAsync();
        try
        {
            return _session ??= await WorkerSession.StartAsync(azurite);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _gate.Dispose();
    }
}
