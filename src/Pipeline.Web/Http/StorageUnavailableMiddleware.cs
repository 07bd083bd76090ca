using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Http;

/// <summary>
/// The local host's ASP.NET Core middleware: a request that failed because storage
/// is away gets <see cref="StorageUnavailableResponse"/>. Other failures pass on.
/// </summary>
public sealed class StorageUnavailableMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StorageUnavailableResponse.Applies(context, ex))
        {
            await StorageUnavailableResponse.WriteAsync(context);
        }
    }
}
