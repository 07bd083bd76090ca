using System.Security.Cryptography;
using Pipeline.Web.Paging;
using Pipeline.Web.Site;

namespace Pipeline.Web.Tests.Site;

public sealed class ListingCursorTests
{
    private readonly CursorCodec _codec = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Older_then_newer_walks_back_to_the_first_page()
    {
        var second = ListingCursor.First.Older("date|1|a");
        var third = second.Older("date|2|b");

        var decoded = ListingCursor.Decode(_codec, third.Encode(_codec, CursorScopes.Site(null))!, CursorScopes.Site(null), out var error);

        Assert.Null(error);
        Assert.Equal("date|2|b", decoded!.Position);
        Assert.Equal("date|1|a", decoded.Newer().Position);
        Assert.Null(decoded.Newer().Newer().Position);
        Assert.Null(decoded.Newer().Newer().Encode(_codec, CursorScopes.Site(null)));
    }

    [Fact]
    public void Long_japanese_positions_are_forgotten_oldest_first_so_the_cursor_stays_acceptable()
    {
        var cursor = ListingCursor.First;
        for (var i = 0; i < ListingCursor.MaxRemembered + 3; i++)
        {
            cursor = cursor.Older($"tag|東京|{i:D19}|" + new string('東', 150));
        }

        var text = cursor.Encode(_codec, CursorScopes.Site("東京"))!;
        var decoded = ListingCursor.Decode(_codec, text, CursorScopes.Site("東京"), out var error);

        Assert.True(text.Length <= CursorCodec.MaxLength);
        Assert.Null(error);
        Assert.Equal(cursor.Position, decoded!.Position);
        Assert.InRange(decoded.Positions.Count, 1, ListingCursor.MaxRemembered - 1);
    }

    [Fact]
    public void A_cursor_from_another_listing_or_a_tampered_one_is_refused()
    {
        var text = ListingCursor.First.Older("date|1|a").Encode(_codec, CursorScopes.Site(null))!;

        Assert.Null(ListingCursor.Decode(_codec, text, CursorScopes.Site("ai"), out var foreign));
        Assert.Null(ListingCursor.Decode(_codec, text[..^2] + (text[^2] == 'A' ? "BA" : "AA"), CursorScopes.Site(null), out var tampered));
        Assert.NotNull(foreign);
        Assert.NotNull(tampered);
    }
}
