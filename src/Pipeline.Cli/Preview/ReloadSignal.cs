namespace Pipeline.Cli.Preview;

/// <summary>
/// The preview's generation: a number that grows whenever something shown changed. Open pages know the generation
/// they were rendered at and reload when the event stream reports another one, so a change that lands between a
/// page's load and its subscription still reloads it.
/// </summary>
internal sealed class ReloadSignal
{
    private long _generation;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Generation => Interlocked.Read(ref _generation);

    public void Notify()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Every generation from now on, as an event stream sends them (the current one first).</summary>
    public async IAsyncEnumerable<string> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = -1L;
        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = Volatile.Read(ref _changed).Task;
            var now = Generation;
            if (now != sent)
            {
                sent = now;
                yield return now.ToString(System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            try
            {
                await changed.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
