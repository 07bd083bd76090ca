using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Pipeline.Functions.Logging;
using Pipeline.Web.Http;

namespace Pipeline.Functions.Http;

/// <summary>
/// The worker-side twin of the local host's <see cref="StorageUnavailableMiddleware"/>: an HTTP function that failed
/// because storage is away answers <see cref="StorageUnavailableResponse"/> (503 problem+json, <c>Retry-After</c>) instead
/// of the empty 500 the host makes of a failed invocation. It runs inside the ASP.NET Core integration's own worker
/// middleware, so the <c>HttpContext</c> is the real response. Trigger functions are left alone: their exceptions
/// are how the host knows to retry.
/// </summary>
internal sealed class StorageUnavailableFunctionMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { } http && StorageUnavailableResponse.Applies(http, ex))
        {
            FunctionLog.AnsweredStorageUnavailable(context.GetLogger<StorageUnavailableFunctionMiddleware>(), context.FunctionDefinition.Name, ex.Message);
            await StorageUnavailableResponse.WriteAsync(http);
        }
    }
}
