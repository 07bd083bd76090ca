using System.Net;
using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Pages;

/// <summary>Small HTML answers for a page URL that does not resolve, readable in a browser (the API answers problem+json instead).</summary>
public static class MissingPage
{
    public static IResult NotFound(string slug) =>
        Html(StatusCodes.Status404NotFound, "Not found", $"There is no article at '{slug}'.");

    public static IResult Gone(string slug) =>
        Html(StatusCodes.Status410Gone, "Gone", $"The article '{slug}' was removed.");

    private static IResult Html(int status, string title, string message) =>
        Results.Content(
            $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{WebUtility.HtmlEncode(message)}</p><p><a href=\"/\">Home</a></p></body></html>",
            ContentTypes.Html,
            statusCode: status);
}
