using System.Net;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>Every malformed input is a 400 <c>application/problem+json</c> naming what is wrong — never a 500.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ValidationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await WebTestHost.StartAsync(azurite);
        await _host.PublishAsync("hello.md", DraftText.Article("hello", DateTimeOffset.UtcNow.AddDays(-1)));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> BadRequests()
    {
        var longSlug = new string('a', IndexKeys.MaxSlugLength + 1);
        var longTag = new string('t', TagKey.MaxLength + 1);
        return new TheoryData<string>
        {
            "/api/articles?limit=0",
            "/api/articles?limit=101",
            "/api/articles?limit=-5",
            "/api/articles?limit=abc",
            "/api/articles?limit=",
            "/api/articles?limit=1&limit=2",
            "/api/articles?cursor=",
            "/api/articles?cursor=not-a-cursor",
            "/api/articles?cursor=%00%01",
            "/api/articles?cursor=" + new string('A', 3000),
            "/api/articles?tag=",
            "/api/articles?tag=a%2Fb",
            "/api/articles?tag=tab%09tag",
            "/api/articles?tag=%00",
            "/api/articles?tag=%3Cscript%3E",
            "/api/articles?tag=" + longTag,
            "/api/articles?tag=a&tag=b",
            "/api/articles/" + longSlug,
            "/api/articles/a%01b",
            "/api/articles/has%20space",
            "/api/articles/%F0%9F%98%80%3F",
            "/articles/" + longSlug,
            "/articles/a%01b",
            "/articles/has%20space",
            "/articles/%3Cscript%3E",
        };
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_problem(string url)
    {
        await ProblemAssert.IsBadRequestAsync(await _host.Client.GetAsync(url));
    }

    [Theory]
    [InlineData("/api/articles?limit=1")]
    [InlineData("/api/articles?limit=100")]
    [InlineData("/api/articles?tag=%E6%97%85%E8%A1%8C")]
    [InlineData("/api/articles?tag=C%23")]
    [InlineData("/api/articles?unknown=ignored")]
    [InlineData("/api/articles/hello")]
    [InlineData("/articles/hello")]
    public async Task Good_input_is_served(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync(url)).StatusCode);
    }
}
