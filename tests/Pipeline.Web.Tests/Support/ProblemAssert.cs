using System.Net;
using System.Text.Json;

namespace Pipeline.Web.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>Asserts a 400 <c>application/problem+json</c> whose body is a problem document with a detail.</summary>
    public static async Task IsBadRequestAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {response.RequestMessage?.RequestUri}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }
}
