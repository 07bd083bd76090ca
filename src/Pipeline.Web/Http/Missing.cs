using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Http;

/// <summary>Problem responses for slugs that do not resolve: never existed (404) or deleted (410, so caches and crawlers drop it).</summary>
public static class Missing
{
    public static IResult NotFound(string slug) =>
        TypedResults.Problem(detail: $"No article has the slug '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Gone(string slug) =>
        TypedResults.Problem(detail: $"The article '{slug}' was removed.", statusCode: StatusCodes.Status410Gone, title: "Gone");
}
