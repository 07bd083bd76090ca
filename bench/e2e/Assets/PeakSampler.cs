namespace Pipeline.Bench.E2e.Assets;

/// <summary>
/// The peak working set of a process over one phase: <c>VmHWM</c> reset at the start (when the kernel allows it),
/// plus <c>VmRSS</c> sampled every few milliseconds as a cross-check, the larger of the two reported.
/// </summary>
public sealed class PeakSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<long> _sampling;

    private PeakSampler(int pid, bool reset)
    {
        _pid = pid;
        PeakWasReset = reset;
        _sampling = SampleAsync();
    }

    public bool PeakWasReset { get; }

    public static PeakSampler Start(int pid) => new(pid, ProcessMemory.ResetPeak(pid));

    /// <summary>Stops sampling; returns the peak resident bytes seen during the phase.</summary>
    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        var sampled = await _sampling;
        return Math.Max(sampled, PeakWasReset ? ProcessMemory.PeakBytes(_pid) : 0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task<long> SampleAsync()
    {
        var peak = 0L;
        while (!_stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, ProcessMemory.CurrentBytes(_pid));
            try
            {
                await Task.Delay(5, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return Math.Max(peak, ProcessMemory.CurrentBytes(_pid));
    }
}
