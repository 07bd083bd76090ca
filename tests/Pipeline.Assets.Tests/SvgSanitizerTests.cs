using System.Text;

namespace Pipeline.Assets.Tests;

public class SvgSanitizerTests
{
    [Fact]
    public void Removes_script_handlers_and_external_references_but_keeps_the_drawing()
    {
        const string Svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
              <script>alert(2)</script>
              <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
              <rect width="10" height="10" fill="url(#g)" onclick="alert(3)"/>
              <image xlink:href="https://evil.example/x.png" width="5" height="5"/>
              <use href="#g"/>
              <a href="javascript:alert(4)"><text>t</text></a>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
              <style>@import url(https://evil.example/a.css);</style>
              <circle r="2" style="fill: url(https://evil.example/f)"/>
            </svg>
            """;

        var clean = Encoding.UTF8.GetString(SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(Svg)));

        Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("foreignObject", clean, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#g)\"", clean, StringComparison.Ordinal);
        Assert.Contains("<use href=\"#g\"", clean, StringComparison.Ordinal);
        Assert.Equal(AssetKind.Svg, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(clean)));
    }

    [Theory]
    [InlineData("<a><animate attributeName=\"href\" values=\"javascript:alert(1)\" dur=\"1s\"/><text>t</text></a>")]
    [InlineData("<a><set attributeName=\"xlink:href\" to=\"javascript:alert(1)\"/><text>t</text></a>")]
    [InlineData("<a><animate attributeName=\"href\" values=\"https://evil.example/\" dur=\"1s\"/><text>t</text></a>")]
    [InlineData("<rect width=\"5\" height=\"5\"><set attributeName=\"onclick\" to=\"alert(1)\"/></rect>")]
    public void Animations_that_would_set_a_link_or_a_handler_are_removed(string element)
    {
        // Found by SvgScriptTests in Chromium: an animation can give a link a javascript: (or external) href after
        // sanitising looked at it; only the CSP sandbox stopped the click from running it.
        var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">{element}<circle r=\"2\"><animate attributeName=\"r\" values=\"2;4;2\" dur=\"1s\"/></circle></svg>";

        var clean = Encoding.UTF8.GetString(SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg)));

        Assert.DoesNotContain("alert", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", clean, StringComparison.Ordinal);
        Assert.Contains("attributeName=\"r\"", clean, StringComparison.Ordinal); // harmless animation stays
    }

    [Fact]
    public void Svg_with_a_dtd_is_refused()
    {
        const string Billion = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>""";

        var error = Assert.Throws<AssetException>(() => SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(Billion)));

        Assert.Equal(AssetErrorKind.InvalidSvg, error.Kind);
    }
}
