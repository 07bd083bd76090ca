using Pipeline.Rendering.Highlighting;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Highlighting;

/// <summary>Server-side highlighting: languages articles use, token classes, diffs, file names, plain fallbacks.</summary>
public sealed class HighlightingTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "sh", "echo \"$HOME\" # home" },
        { "bash", "if [ -f x ]; then exit 1; fi" },
        { "console", "$ ls -la" },
        { "rust", "fn main() { let x = 1; }" },
        { "toml", "name = \"x\" # c" },
        { "python", "def f(x): return 1  # c" },
        { "c", "int main(void) { return 0; }" },
        { "cpp", "auto x = std::vector<int>{1};" },
        { "cs", "public sealed class A { }" },
        { "go", "func main() { fmt.Println(\"x\") }" },
        { "java", "public static void main(String[] a) {}" },
        { "js", "const x = () => 'a';" },
        { "ts", "let x: number = 1;" },
        { "jsx", "const a = <div className=\"x\">hi</div>;" },
        { "tsx", "const a: JSX.Element = <b>1</b>;" },
        { "json", "{\"a\": 1}" },
        { "yaml", "a: 1 # c" },
        { "html", "<p class=\"x\">a</p>" },
        { "css", "p { color: red; }" },
        { "sql", "SELECT * FROM t WHERE a = 1;" },
        { "diff", "+added" },
        { "dockerfile", "FROM debian:12" },
        { "makefile", "all: x\n\tcc -o x x.c" },
        { "ruby", "def a = puts 'x'" },
        { "fortran", "program p\n  integer :: i\nend program p" },
        { "julia", "function f(x) return 2x end" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_language_articles_use_is_highlighted_with_classes(string language, string code)
    {
        var html = TestDrafts.Render("a.md", $"```{language}\n{code}\n```\n").BodyHtml;
        var spans = Html.Fragment(html).QuerySelectorAll("pre code span[class]");
        Assert.NotEmpty(spans);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-language")]
    [InlineData("")]
    public void Unknown_languages_render_plain_and_escaped(string language)
    {
        var html = TestDrafts.Render("a.md", $"```{language}\n<b>&x</b>\n```\n").BodyHtml;
        var code = Html.Fragment(html).QuerySelector("pre code")!;
        Assert.Equal("<b>&x</b>\n", code.TextContent);
        Assert.Empty(code.Children);
    }

    [Theory]
    [InlineData("mermaid")]
    [InlineData("mermaid:flow.mmd")]
    public void A_mermaid_block_is_its_escaped_source_for_the_diagram_script(string info)
    {
        var article = TestDrafts.Render("a.md", $"---\ntitle: T\n---\n```{info}\ngraph TD\n<b>&x</b>\n```\n");
        var pre = Html.Fragment(article.BodyHtml).QuerySelector("pre.mermaid")!;
        Assert.Equal("graph TD\n<b>&x</b>\n", pre.TextContent);
        Assert.Empty(pre.Children);
        Assert.True(article.Metadata.HasDiagrams);
        Assert.Contains("<script src=\"/static/mermaid-", article.PageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_without_a_diagram_have_no_script()
    {
        var article = TestDrafts.Render("a.md", "---\ntitle: T\n---\n```js\nx\n```\n");
        Assert.False(article.Metadata.HasDiagrams);
        Assert.DoesNotContain("<script src=", article.PageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_is_a_caption_above_the_block_and_escaped()
    {
        var body = Html.Fragment(TestDrafts.Render("a.md", "```js:<script>alert(\"XSS\")</script>\nany\n```\n").BodyHtml);
        Assert.Equal("<script>alert(\"XSS\")</script>", body.QuerySelector("figure.code-block > figcaption.code-filename")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.NotNull(body.QuerySelector("figure.code-block > pre > code.language-js"));
    }

    [Fact]
    public void Diff_lines_are_marked_added_and_removed_and_highlighted_in_their_language()
    {
        var body = Html.Fragment(TestDrafts.Render("a.md", "```js diff\n-     console.log('foo')\n+     console.log('bar')\n  same()\n```\n").BodyHtml);
        Assert.Equal("-     console.log('foo')\n", body.QuerySelector("code.language-diff-js > del")!.TextContent);
        Assert.Equal("+     console.log('bar')\n", body.QuerySelector("code.language-diff-js > ins")!.TextContent);
        Assert.NotEmpty(body.QuerySelectorAll("ins span.s"));
        Assert.Equal("-     console.log('foo')\n+     console.log('bar')\n  same()\n", body.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void Highlighting_keeps_the_text_exactly()
    {
        const string code = "fn main() {\n    let s = \"<&>\"; // \"quoted\"\n}\n";
        var body = Html.Fragment(TestDrafts.Render("a.md", "```rust\n" + code + "```\n").BodyHtml);
        Assert.Equal(code, body.QuerySelector("pre code")!.TextContent);
        Assert.True(body.QuerySelectorAll("pre code span").Select(span => span.ClassName).Distinct().Count() > 3);
    }

    [Fact]
    public void Highlighting_from_many_threads_is_consistent()
    {
        var lines = new[] { "fn a() -> u32 { 1 }", "// c", "let s = \"x\";" };
        var expected = SyntaxHighlighter.Shared.Highlight("rust", lines);
        var results = new string[]?[16];
        Parallel.For(0, results.Length, i => results[i] = SyntaxHighlighter.Shared.Highlight(i % 2 == 0 ? "rust" : "rs", lines));
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void A_line_seen_before_is_highlighted_by_the_state_it_starts_in_not_only_by_its_text()
    {
        // The same text inside and outside a block comment: a cache keyed by the text alone would give both the
        // first one's classes. Rendered twice, so the second pass is answered from the line cache.
        string[] plain = ["int x = 1;"];
        string[] inComment = ["/*", "int x = 1;", "*/"];
        for (var pass = 0; pass < 2; pass++)
        {
            var code = SyntaxHighlighter.Shared.Highlight("c", plain)!;
            var comment = SyntaxHighlighter.Shared.Highlight("c", inComment)!;
            Assert.Contains("class=\"kt\"", code[0], StringComparison.Ordinal);
            Assert.Equal("<span class=\"c\">int x = 1;</span>", comment[1]);
        }
    }

    [Fact]
    public void Vendored_third_party_files_match_the_npm_packages_they_come_from()
    {
        var root = TestDrafts.RepositoryRoot;
        var pairs = new (string Vendored, string Package)[]
        {
            ("third_party/temml/temml.min.js", "node_modules/temml/dist/temml.min.js"),
            ("third_party/temml/LICENSE", "node_modules/temml/LICENSE"),
            ("third_party/temml/mhchem.min.js", "node_modules/temml/contrib/mhchem/mhchem.min.js"),
            ("third_party/textmate-grammars/fortran-free-form.json", "node_modules/tm-grammars/grammars/fortran-free-form.json"),
            ("third_party/textmate-grammars/fortran-fixed-form.json", "node_modules/tm-grammars/grammars/fortran-fixed-form.json"),
            ("third_party/textmate-grammars/shellsession.json", "node_modules/tm-grammars/grammars/shellsession.json"),
        };
        foreach (var (vendored, package) in pairs)
        {
            var source = Path.Combine(root, package);
            Assert.True(File.Exists(source), $"{package} is missing: run npm ci (package.json pins the version vendored in {vendored})");
            Assert.True(File.ReadAllBytes(source).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, vendored))), $"{vendored} differs from {package}: copy it again after upgrading the package");
        }
    }
}
