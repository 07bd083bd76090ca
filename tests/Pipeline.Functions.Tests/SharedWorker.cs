using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// One worker process (and one storage slice) for all end-to-end tests of a class: starting the worker is
/// the slow part, and each test works on its own drafts and slugs, so sharing it loses no isolation.
/// </summary>
public sealed class SharedWorker : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkerSession? session;

    internal async Task<WorkerSession> GetAsync(AzuriteFixture azurite)
    {
        await gate.WaitAsync();
        try
        {
            return session ??= await WorkerSession.StartAsync(azurite);
        }
        finally
        {
            gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        gate.Dispose();
    }
}
