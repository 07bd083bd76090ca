using System.Net;
using System.Net.Sockets;
using Pipeline.Emulator;
using Pipeline.Functions.HostHarness;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;
using Pipeline.Web.Http;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The real worker with its storage on ports nothing listens on: HTTP functions answer 503 problem+json with
/// <c>Retry-After</c> (issue 15: they answered an empty 500), as the local host does, through the same shared code.
/// </summary>
public sealed class StorageOutageTests
{
    [Theory]
    [InlineData(SiteRoutes.ArticlesApi, "ListArticles")]
    [InlineData("articles/anything", "ArticlePage")]
    [InlineData(SiteRoutes.DraftsApi, "ListDrafts")]
    public async Task An_http_function_answers_503_problem_json_with_retry_after_while_storage_is_unreachable(string route, string function)
    {
        var storage = new TestStorage(DevelopmentStorageAccount.ConnectionString("127.0.0.1", ClosedPort(), ClosedPort(), ClosedPort()));
        await using var host = await FunctionsHost.StartAsync(new FunctionsHostOptions
        {
            AppDirectory = FunctionsApp.Directory,
            AppSettings = WorkerSession.AppSettings(storage),
        });

        using var answer = await host.GetAsync("/" + route);

        Assert.Equal(function, answer.FunctionName);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Response.StatusCode);
        Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(StorageUnavailableResponse.RetryAfterSeconds), answer.Response.Headers.RetryAfter?.Delta);
        Assert.True(answer.Response.Headers.CacheControl?.NoStore);
        Assert.Contains("\"status\":503", await answer.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A loopback port that was free a moment ago and is closed now: connections to it are refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
