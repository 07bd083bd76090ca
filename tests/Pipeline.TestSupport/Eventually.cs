using Xunit;

namespace Pipeline.TestSupport;

/// <summary>
/// Polls until a condition holds. The timeout is generous and only bounds a hang: these tests assert what
/// happens, never how fast (speed is measured by benchmarks, not asserted here).
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, Func<string> explain)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        T last;
        while (true)
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Not reached within {Timeout}; last value: {last}\n{explain()}");
            }

            await Task.Delay(250);
        }
    }
}
