using Microsoft.AspNetCore.Http;
using Pipeline.Functions.HostHarness;

namespace Pipeline.Functions.Tests;

/// <summary>The harness routes requests to functions as the host's ASP.NET Core routing would.</summary>
public sealed class HttpRouteTests
{
    [Fact]
    public void Route_values_are_percent_decoded()
    {
        Assert.True(new HttpRoute("articles/{slug}").TryMatch(PathString.FromUriComponent("/articles/%E6%9D%B1%E4%BA%AC"), out var values));
        Assert.Equal("東京", values["slug"]);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/anything", false)]
    public void Inline_constraints_are_enforced(string path, bool matches) =>
        Assert.Equal(matches, new HttpRoute("{ignored:maxlength(0)?}").TryMatch(new PathString(path), out _));

    [Fact]
    public void A_literal_route_takes_precedence_over_a_parameter()
    {
        Assert.True(new HttpRoute("robots.txt").Precedence < new HttpRoute("{page}").Precedence);
        Assert.True(new HttpRoute("api/articles/{slug}").Precedence < new HttpRoute("api/{a}/{b}").Precedence);
    }
}
