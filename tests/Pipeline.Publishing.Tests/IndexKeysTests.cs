namespace Pipeline.Publishing.Tests;

public sealed class IndexKeysTests
{
    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b#c?d", "a%5Cb%23c%3Fd")]
    [InlineData("100%|x", "100%25%7Cx")]
    [InlineData("tab\there\u0001\u007f\u0085", "tab%09here%01%7F%C2%85")]
    [InlineData("日米首脳会談", "日米首脳会談")]
    public void Escape_removes_every_character_table_keys_forbid_and_keeps_the_rest_readable(string value, string escaped)
    {
        Assert.Equal(escaped, IndexKeys.Escape(value));
    }

    [Fact]
    public void Escaping_is_injective_on_tricky_neighbours()
    {
        var values = new[] { "a/b", "a%2Fb", "a%252Fb", "a|b", "a%7Cb", "a b", "a-b" };
        Assert.Equal(values.Length, values.Select(IndexKeys.Escape).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Listing_keys_sort_newest_first_and_stay_inside_their_range()
    {
        var older = IndexKeys.DateListing(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "z");
        var newer = IndexKeys.DateListing(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), "a");
        var tagged = IndexKeys.TagListing("ai", DateTimeOffset.UnixEpoch, "x/y");

        Assert.True(string.CompareOrdinal(newer, older) < 0);
        var range = IndexKeys.ListingRange("ai");
        Assert.StartsWith(range, tagged, StringComparison.Ordinal);
        Assert.True(string.CompareOrdinal(tagged, IndexKeys.RangeEnd(range)) < 0);
        Assert.False(IndexKeys.TagListing("ai-x", DateTimeOffset.UnixEpoch, "x").StartsWith(range, StringComparison.Ordinal));
        Assert.DoesNotContain('/', tagged);
    }

    [Fact]
    public void The_longest_allowed_key_fits_in_one_KiB_of_UTF16()
    {
        var slug = new string('字', IndexKeys.MaxSlugLength);
        var tag = new string('タ', IndexKeys.MaxTagLength);
        Assert.True(IndexKeys.IsKeyableSlug(slug));
        Assert.True(IndexKeys.IsKeyableTag(tag));
        Assert.False(IndexKeys.IsKeyableSlug(slug + "x"));
        Assert.False(IndexKeys.IsKeyableSlug(new string('/', IndexKeys.MaxSlugLength / 3 + 1))); // escaping counts

        Assert.True(IndexKeys.TagListing(tag, DateTimeOffset.UnixEpoch, slug).Length <= 512);
        Assert.True(IndexKeys.Draft(new string('p', IndexKeys.MaxPathLength)).Length <= 512);
    }
}
