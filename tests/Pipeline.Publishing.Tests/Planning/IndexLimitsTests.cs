using Pipeline.Publishing.Planning;
using Pipeline.Rendering.Text;
using static Pipeline.Publishing.Tests.Planning.Drafts;

namespace Pipeline.Publishing.Tests.Planning;

/// <summary>Every limit of the index is a permanent, readable error before anything is written, never a storage fault.</summary>
public sealed class IndexLimitsTests
{
    private static readonly string Huge = "T" + new string('x', 40_000);

    public static TheoryData<string, Func<ArticleMetadataCase>, DraftErrorKind, string> TooBig => new()
    {
        { "title", () => new(Meta(title: Huge)), DraftErrorKind.FieldTooLarge, "the title is 40,001 characters long; the limit is 32,000" },
        { "summary", () => new(Meta() with { Excerpt = Huge }), DraftErrorKind.FieldTooLarge, "the excerpt (summary) is 40,001 characters long" },
        { "lang", () => new(Meta() with { Lang = Huge }), DraftErrorKind.FieldTooLarge, "the lang is 40,001 characters long" },
        { "tag", () => new(Meta(tags: [Huge])), DraftErrorKind.FieldTooLarge, $"a tag is 40,001 characters long; the limit is {IndexKeys.MaxTagLength}" },
        { "slug", () => new(Meta(slug: Huge)), DraftErrorKind.InvalidSlug, $"it must be 1 to {IndexKeys.MaxSlugLength} characters long" },
        { "nesting", () => new(Meta(extra: new Dictionary<string, object?> { ["deep"] = Nested(70) })), DraftErrorKind.TooComplex,
            $"the front matter field 'deep' is nested more than {IndexLimits.MaxNestingDepth} levels deep" },
        { "row size", () => new(Meta(extra: new Dictionary<string, object?> { ["notes"] = Enumerable.Range(0, 40).Select(_ => new string('n', 20_000)).Cast<object?>().ToList() })),
            DraftErrorKind.FieldTooLarge, $"index row; the limit is {IndexLimits.MaxRowBytes:N0}" },
        { "tags and aliases", () => new(Meta(tags: Enumerable.Range(0, 30).Select(i => $"t{i}").ToList(), aliases: Enumerable.Range(0, 11).Select(i => $"a{i}").ToList())),
            DraftErrorKind.FrontMatter, $"at most {IndexLimits.MaxTagsAndAliases} tags and aliases together; this one has 41" },
    };

    [Theory]
    [MemberData(nameof(TooBig))]
    public void An_article_the_index_cannot_store_is_rejected_naming_the_field_and_its_size(string field, Func<ArticleMetadataCase> make, DraftErrorKind kind, string expected)
    {
        var error = IndexLimits.Check(make().Meta);

        Assert.NotNull(error);
        Assert.True(kind == error.Kind, $"{field}: {error.Kind}");
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', TextPreview.MaxLength + 1), error.Message, StringComparison.Ordinal); // a prefix at most
        Assert.True(error.Message.Length < 300, error.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_and_values_just_under_the_property_limit_are_stored()
    {
        var meta = Meta(title: new string('t', IndexLimits.MaxPropertyLength), extra: new Dictionary<string, object?> { ["deep"] = Nested(IndexLimits.MaxNestingDepth) });

        Assert.Null(IndexLimits.Check(meta));
    }

    [Fact]
    public void A_path_too_long_to_key_is_PathTooLong_not_UnsupportedType()
    {
        var error = IndexLimits.CheckPath(new string('p', IndexKeys.MaxPathLength) + ".md");

        Assert.Equal(DraftErrorKind.PathTooLong, error!.Kind);
        Assert.Contains($"403 characters once escaped; the limit is {IndexKeys.MaxPathLength}", error.Message, StringComparison.Ordinal);
        Assert.Null(IndexLimits.CheckPath("news/" + new string('p', 100) + ".md"));
    }

    [Fact]
    public void Quotes_cut_long_values_to_a_prefix_and_never_split_a_surrogate_pair()
    {
        Assert.Equal("'short'", TextPreview.Quote("short"));
        Assert.Equal("'" + new string('x', TextPreview.MaxLength) + "…'", TextPreview.Quote(new string('x', 100)));
        var emoji = new string('x', TextPreview.MaxLength - 1) + "😀😀";
        Assert.Equal("'" + new string('x', TextPreview.MaxLength - 1) + "…'", TextPreview.Quote(emoji));
    }

    /// <summary>A front-matter value nested <paramref name="levels"/> deep, as the YAML reader builds it: maps of maps.</summary>
    private static object? Nested(int levels)
    {
        object? value = "leaf";
        for (var i = 0; i < levels; i++)
        {
            value = new Dictionary<string, object?> { ["k"] = value };
        }

        return value;
    }

    /// <summary>Wraps the metadata so theory rows stay readable in the runner.</summary>
    public sealed record ArticleMetadataCase(Pipeline.Rendering.ArticleMetadata Meta);
}
