using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.Stores;

namespace Pipeline.Web.Http;

/// <summary>
/// How every host answers a request that failed because storage is away: <c>503 application/problem+json</c> with
/// <c>Retry-After</c> and <c>no-store</c>, so clients and caches retry later instead of seeing an empty 500. The local
/// host applies it in <see cref="StorageUnavailableMiddleware"/>, the Functions app in its worker middleware.
/// </summary>
public static class StorageUnavailableResponse
{
    /// <summary>Seconds a client is asked to wait: about what the storage SDK's own retries take.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>
    /// True when <paramref name="exception"/> is a storage outage (as the registered <see cref="IStorageFaults"/> tells)
    /// and the response can still be replaced: nothing sent yet, the client still waiting.
    /// </summary>
    public static bool Applies(HttpContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !context.Response.HasStarted
            && !context.RequestAborted.IsCancellationRequested
            && context.RequestServices.GetService<IStorageFaults>() is { } faults
            && faults.IsUnavailable(exception);
    }

    public static async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Clear();
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await TypedResults.Problem(
            detail: "Storage is unreachable for the moment; the request can be retried.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Service unavailable").ExecuteAsync(context);
    }
}
