using System.Security.Cryptography;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Tests;

/// <summary>A cursor signed for one listing is refused by every other, API and site alike.</summary>
public sealed class CursorScopesTests
{
    [Fact]
    public void Every_listing_has_its_own_scope()
    {
        string[] scopes =
        [
            CursorScopes.Api(null), CursorScopes.Api("ai"), CursorScopes.Api("東京"),
            CursorScopes.Site(null), CursorScopes.Site("ai"), CursorScopes.Site("東京"),
            CursorScopes.Preview,
        ];

        Assert.Equal(scopes.Length, scopes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_api_cursor_does_not_decode_on_the_site_listing_of_the_same_tag()
    {
        var codec = new CursorCodec(RandomNumberGenerator.GetBytes(32));
        var cursor = codec.Encode(CursorScopes.Api("ai"), "tag|ai|1|a");

        Assert.True(codec.Decode(cursor, CursorScopes.Api("ai")).IsValid);
        Assert.False(codec.Decode(cursor, CursorScopes.Site("ai")).IsValid);
    }
}
