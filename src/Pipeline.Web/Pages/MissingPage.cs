using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Web.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Pages;

/// <summary>
/// Small HTML answers for a page URL that does not resolve, readable in a browser (the API answers problem+json
/// instead). They carry the same security headers as every page, with a policy that allows nothing to load.
/// </summary>
public static class MissingPage
{
    public static IResult NotFound(string slug) =>
        new GeneratedPage(StatusCodes.Status404NotFound, "Not found", $"There is no article at '{slug}'.");

    public static IResult Gone(string slug) =>
        new GeneratedPage(StatusCodes.Status410Gone, "Gone", $"The article '{slug}' was removed.");

    private sealed class GeneratedPage(int status, string title, string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var body = Encoding.UTF8.GetBytes(
                $"<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>{title}</title></head><body><h1>{title}</h1><p>{WebUtility.HtmlEncode(message)}</p><p><a href=\"/\">Home</a></p></body></html>");
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = ContentTypes.Html;
            response.ContentLength = body.Length;
            HtmlSecurityHeaders.Apply(response.Headers, HtmlSecurityHeaders.GeneratedPagePolicy);
            return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
        }
    }
}
