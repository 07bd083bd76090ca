using Pipeline.Rendering.Highlighting;

namespace Pipeline.Rendering.Tests.Highlighting;

/// <summary>Fence info strings as Zenn reads them (zenn-markdown-html/__tests__/highlight.test.ts).</summary>
public sealed class CodeInfoTests
{
    [Theory]
    [InlineData("js:foo.js", null, "js", "foo.js", false)]
    [InlineData("js", "some-info", "js", null, false)]
    [InlineData("toml:Cargo.toml", null, "toml", "Cargo.toml", false)]
    [InlineData("rb:", "check.rb", "rb", "check.rb", false)]
    [InlineData("js", "diff", "js", null, true)]
    [InlineData("diff", "js", "js", null, true)]
    [InlineData("js", "diff:index.js", "js", "index.js", true)]
    [InlineData("js", "diff :index.js", "js", "index.js", true)]
    [InlineData("js:index:withcolons.js", null, "js", "index:withcolons.js", false)]
    [InlineData("diff-js", null, "js", null, true)]
    [InlineData("diff", null, null, null, true)]
    [InlineData("\"><img/onerror=\"alert(location)\"src=.>", null, null, null, false)]
    [InlineData(null, null, null, null, false)]
    public void Info_strings_name_language_file_and_diff(string? info, string? arguments, string? language, string? fileName, bool diff)
    {
        Assert.Equal(new CodeInfo(language, fileName, diff), CodeInfo.Parse(info, arguments));
    }

    [Fact]
    public void Diff_blocks_carry_Zenns_language_class()
    {
        Assert.Equal("language-diff-js", CodeInfo.Parse("js", "diff").LanguageClass);
        Assert.Equal("language-diff", CodeInfo.Parse("diff", null).LanguageClass);
        Assert.Equal("language-rust", CodeInfo.Parse("Rust", null).LanguageClass);
        Assert.Null(CodeInfo.Parse("", null).LanguageClass);
    }
}
