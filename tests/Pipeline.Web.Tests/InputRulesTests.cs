using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Web.Http;

namespace Pipeline.Web.Tests;

/// <summary>The syntax rules alone; the HTTP tests check the same cases end to end as 400 problem+json.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData(null, 20)]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    public void Limit_defaults_to_20_and_accepts_1_to_100(string? raw, int expected)
    {
        var reading = InputRules.Limit(Query(("limit", raw)));

        Assert.Null(reading.Error);
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData("1e2")]
    [InlineData("ten")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    public void Limit_outside_1_to_100_or_not_a_number_is_an_error(string raw)
    {
        Assert.NotNull(InputRules.Limit(Query(("limit", raw))).Error);
    }

    [Fact]
    public void A_repeated_parameter_is_an_error()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["limit"] = new(["5", "6"]) });

        Assert.NotNull(InputRules.Limit(query).Error);
    }

    [Theory]
    [InlineData("ＡＩ", "ai")]
    [InlineData("旅行", "旅行")]
    [InlineData("Machine Learning", "machine-learning")]
    [InlineData("C#", "c#")]
    public void Tags_are_normalised_to_their_key(string raw, string key)
    {
        var reading = InputRules.Tag(Query(("tag", raw)));

        Assert.Null(reading.Error);
        Assert.Equal(key, reading.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("100%")]
    [InlineData("tab\there")]
    [InlineData("nul\0")]
    [InlineData("..")]
    public void Bad_tag_syntax_is_an_error(string raw)
    {
        Assert.NotNull(InputRules.Tag(Query(("tag", raw))).Error);
    }

    [Fact]
    public void An_over_long_tag_is_an_error()
    {
        Assert.NotNull(InputRules.Tag(Query(("tag", new string('a', TagKey.MaxLength + 1)))).Error);
    }

    [Theory]
    [InlineData("getting-started")]
    [InlineData("東京の秋")]
    [InlineData("v1.2_notes")]
    [InlineData("トランプ氏と李大統領会談")]
    public void Real_slugs_are_accepted(string slug)
    {
        Assert.Null(InputRules.SlugProblem(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a\u0001b")]
    [InlineData("\ud800")]
    [InlineData(".")]
    [InlineData("<script>")]
    public void Bad_slugs_are_refused(string slug)
    {
        Assert.NotNull(InputRules.SlugProblem(slug));
    }

    [Fact]
    public void An_over_long_slug_is_refused()
    {
        Assert.NotNull(InputRules.SlugProblem(new string('a', IndexKeys.MaxSlugLength + 1)));
        Assert.Null(InputRules.SlugProblem(new string('a', IndexKeys.MaxSlugLength)));
    }

    private static QueryCollection Query(params (string Name, string? Value)[] pairs) =>
        new(pairs.Where(p => p.Value is not null).ToDictionary(p => p.Name, p => new StringValues(p.Value)));
}
