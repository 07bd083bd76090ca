namespace Pipeline.Functions.HostHarness;

/// <summary>An HTTP request served by the worker: the function it was routed to, the invocation report and the response.</summary>
public sealed record HttpInvocation(string FunctionName, InvocationResult Invocation, HttpResponseMessage Response) : IDisposable
{
    public void Dispose() => Response.Dispose();
}
