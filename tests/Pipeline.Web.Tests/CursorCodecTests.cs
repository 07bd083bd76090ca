using System.Buffers.Text;
using System.Security.Cryptography;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Tests;

public sealed class CursorCodecTests
{
    private readonly CursorCodec _codec = new(RandomNumberGenerator.GetBytes(32));

    [Theory]
    [InlineData("", "0638990000000000000|hello")]
    [InlineData("旅行", "position with 日本語 and | separators")]
    public void A_cursor_round_trips_within_its_listing(string scope, string position)
    {
        var reading = _codec.Decode(_codec.Encode(scope, position), scope);

        Assert.True(reading.IsValid, reading.Error);
        Assert.Equal(position, reading.Position);
    }

    [Fact]
    public void A_cursor_from_another_listing_is_refused()
    {
        var cursor = _codec.Encode("travel", "p1");

        var reading = _codec.Decode(cursor, "");

        Assert.False(reading.IsValid);
        Assert.Contains("different listing", reading.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Flipping_any_byte_of_a_cursor_makes_it_invalid()
    {
        var token = Base64Url.DecodeFromChars(_codec.Encode("", "0638990000000000000|slug"));
        for (var i = 0; i < token.Length; i++)
        {
            var tampered = (byte[])token.Clone();
            tampered[i] ^= 0x01;

            Assert.False(_codec.Decode(Base64Url.EncodeToString(tampered), "").IsValid, $"byte {i} altered but accepted");
        }
    }

    [Fact]
    public void A_cursor_signed_with_another_key_is_refused()
    {
        var other = new CursorCodec(RandomNumberGenerator.GetBytes(32));

        Assert.False(_codec.Decode(other.Encode("", "p1"), "").IsValid);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    [InlineData("%00")]
    public void Garbage_is_refused_without_throwing(string cursor)
    {
        Assert.False(_codec.Decode(cursor, "").IsValid);
    }

    [Fact]
    public void An_oversized_cursor_is_refused_before_decoding()
    {
        Assert.False(_codec.Decode(new string('A', CursorCodec.MaxLength + 4), "").IsValid);
    }

    [Fact]
    public void A_short_key_is_rejected_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new CursorCodec(new byte[16]));
    }
}
