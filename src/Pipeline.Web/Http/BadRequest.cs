using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Http;

/// <summary>
/// The one shape of a rejected input: <c>400 application/problem+json</c> naming the parameter and what is wrong,
/// so a client can fix its request without reading server logs.
/// </summary>
public static class BadRequest
{
    public const string ProblemType = "https://pipeline.dev/problems/invalid-input";

    public static IResult For(string parameter, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid '{parameter}'",
            type: ProblemType,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
