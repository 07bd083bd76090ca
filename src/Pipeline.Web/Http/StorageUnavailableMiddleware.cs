using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.Stores;

namespace Pipeline.Web.Http;

/// <summary>
/// Answers a request that failed because storage is away with <c>503 application/problem+json</c> and
/// <c>Retry-After</c>, so clients and caches retry later instead of seeing an empty 500. Other failures pass on.
/// </summary>
public sealed class StorageUnavailableMiddleware(RequestDelegate next)
{
    /// <summary>Seconds a client is asked to wait: about what the storage SDK's own retries take.</summary>
    public const int RetryAfterSeconds = 10;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted
            && !context.RequestAborted.IsCancellationRequested
            && context.RequestServices.GetService<IStorageFaults>() is { } faults
            && faults.IsUnavailable(ex))
        {
            context.Response.Clear();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            await TypedResults.Problem(
                detail: "Storage is unreachable for the moment; the request can be retried.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Service unavailable").ExecuteAsync(context);
        }
    }
}
