using System.Net;
using System.Text.Json;
using Pipeline.Functions.HostHarness;

namespace Pipeline.Functions.Tests;

/// <summary>The JSON body of an HTTP invocation that must have succeeded with 200 (the API answers the tests read).</summary>
internal static class InvocationJson
{
    public static async Task<JsonElement> ReadAsync(HttpInvocation invocation)
    {
        Assert.True(invocation.Invocation.Succeeded, invocation.Invocation.ErrorMessage);
        Assert.Equal(HttpStatusCode.OK, invocation.Response.StatusCode);
        using var json = JsonDocument.Parse(await invocation.Response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
