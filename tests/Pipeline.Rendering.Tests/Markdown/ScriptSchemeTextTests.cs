using System.Text;
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

    [Fact]
    public void A_builder_in_any_chunks_agrees_with_the_string_even_when_the_marker_spans_chunks()
    {
        string[] pieces = ["script", "SCRIPT", "Script", "scrip", "t", ":", "java", " ", "s", "<p>", "&#58;", "ſcript", "\u0130", "c", "ri", "pt:"];
        var random = new Random(17);
        var split = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var parts = Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]).ToList();
            var html = string.Concat(parts);
            var builder = new StringBuilder();
            foreach (var part in parts)
            {
                // Capacity = Length closes the current chunk, so the next part starts a new one: chunk edges fall
                // between parts, inside "script:" too.
                builder.Capacity = Math.Max(builder.Length, 1);
                builder.Append(part);
            }

            split += CountChunks(builder) > 2 && html.Contains("script:", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            ScriptSchemeText.Neutralize(builder);
            Assert.Equal(ScriptSchemeText.Neutralize(html), builder.ToString());
        }

        Assert.True(split > 1_000, $"only {split} inputs had the marker in a builder of several chunks");
    }

    private static int CountChunks(StringBuilder builder)
    {
        var count = 0;
        foreach (var _ in builder.GetChunks())
        {
            count++;
        }

        return count;
    }
}
