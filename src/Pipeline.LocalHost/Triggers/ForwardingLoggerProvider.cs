namespace Pipeline.LocalHost.Triggers;

/// <summary>Hands the trigger engine's loggers out of the web host's factory, so both log alike (filters, console).</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The target factory belongs to the web host.
    }
}
