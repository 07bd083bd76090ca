using CsCheck;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Tests.Text;

/// <summary>The segment encoder is a faster <see cref="Uri.EscapeDataString(string)"/>: the same output for any text.</summary>
public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("getting-started")]
    [InlineData("トランプ氏と李大統領会談")]
    [InlineData("C# and .NET ~ 100%")]
    [InlineData("a/b?c#d&e=f+g")]
    [InlineData("emoji-😀-end")]
    [InlineData("lone-\uD800-high")]
    [InlineData("lone-\uDC00-low")]
    [InlineData("")]
    public void Encodes_as_EscapeDataString_does(string value) =>
        Assert.Equal(Uri.EscapeDataString(value), PercentEncoding.Segment(value));

    [Fact]
    public void Text_that_needs_no_escape_is_returned_as_it_is()
    {
        var slug = "getting-started_2026.v1~draft";
        Assert.Same(slug, PercentEncoding.Segment(slug));
    }

    [Fact]
    public void A_segment_longer_than_the_stack_buffer_is_encoded_the_same() =>
        Assert.Equal(Uri.EscapeDataString(new string('日', 700) + "x"), PercentEncoding.Segment(new string('日', 700) + "x"));

    [Fact]
    public void Any_text_is_encoded_as_EscapeDataString_does() =>
        Gen.OneOf(Gen.Char, Gen.Char['\u0020', '\u007E'], Gen.Char['\u3040', '\u9FFF'], Gen.Char['\uD800', '\uDFFF'])
            .Array[0, 80]
            .Select(chars => new string(chars))
            .Sample(text => Assert.Equal(Uri.EscapeDataString(text), PercentEncoding.Segment(text)), iter: 5000);
}
