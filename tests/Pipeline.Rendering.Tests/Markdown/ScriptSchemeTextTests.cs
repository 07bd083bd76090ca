using System.Text.RegularExpressions;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>Every "script:" in any case loses its live colon, and nothing else changes.</summary>
public sealed class ScriptSchemeTextTests
{
    [Theory]
    [InlineData("<p>javascript:alert(1)</p>", "<p>javascript&#58;alert(1)</p>")]
    [InlineData("VBScript:x and JaVaScRiPt:y", "VBScript&#58;x and JaVaScRiPt&#58;y")]
    [InlineData("script:", "script&#58;")]
    [InlineData("<a href=\"https://example.com/\">a: b</a>", "<a href=\"https://example.com/\">a: b</a>")]
    [InlineData(":script::", ":script&#58;:")]
    public void The_colon_after_script_becomes_an_entity(string html, string expected) =>
        Assert.Equal(expected, ScriptSchemeText.Neutralize(html));

    [Fact]
    public void Text_without_the_marker_is_returned_as_it_is()
    {
        var html = "<p>Scripts: none here, only a script and a colon:</p>";
        Assert.Same(html, ScriptSchemeText.Neutralize(html));
    }

    [Fact]
    public void Any_mix_of_pieces_agrees_with_a_case_insensitive_replace()
    {
        string[] pieces = ["script", "SCRIPT", "Script", "scrip", "t", ":", "java", " ", "s", "<p>", "&#58;", "ſcript", "\u0130"];
        var random = new Random(16);
        for (var round = 0; round < 20_000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Regex.Replace(html, "(?<=script):", "&#58;", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            Assert.Equal(expected, ScriptSchemeText.Neutralize(html));
        }
    }
}
