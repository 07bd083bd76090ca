using System.Globalization;
using System.Text;
using CsCheck;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Properties;

/// <summary>
/// Whatever a draft holds, the whole renderer (decode, front matter, both Markdown dialects or plain text, math,
/// highlighting, sanitising, layout) either renders an inert page or refuses it with a <see cref="DraftException"/>
/// — never another exception — and stays within its limits: the page nests no deeper than the nesting limit allows
/// and grows linearly with the draft. CsCheck shrinks a failing draft and prints it with its seed. A few hundred
/// drafts in CI; <c>PIPELINE_PROPERTY_ITERATIONS=N</c> runs N of each kind.
/// </summary>
public sealed class WholeRendererPropertyTests
{
    /// <summary>Elements one nesting level can open (a list item and its list, a quote, a raw element), times the limit, plus the layout.</summary>
    private static readonly int DepthBound = 3 * new RenderingOptions().MaxNestingDepth + 40;

    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("PIPELINE_PROPERTY_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 100;

    private int _rendered;
    private int _refused;

    [Fact]
    public void Random_markdown_drafts_render_inert_or_fail_as_draft_errors()
    {
        Gen.Select(DraftGenerators.Path, DraftGenerators.Markdown).Sample((path, text) => Check(path, Encoding.UTF8.GetBytes(text)), iter: Iterations);
        AssertBothOutcomesSeen();
    }

    [Fact]
    public void Random_plain_text_drafts_render_inert_or_fail_as_draft_errors()
    {
        DraftGenerators.PlainText.Sample(text => Check("news/random.ja.txt", Encoding.UTF8.GetBytes(text)), iter: Iterations);
        Assert.True(_rendered > 0, "no plain-text draft rendered");
    }

    [Fact]
    public void Mutated_golden_drafts_render_inert_or_fail_as_draft_errors()
    {
        var golden = Directory.GetFiles(Path.Combine(TestDrafts.RepositoryRoot, "tests", "Pipeline.Rendering.Tests", "Golden"))
            .Where(file => DraftFormats.TryGet(file, out _))
            .Order(StringComparer.Ordinal)
            .ToList();
        var originals = golden.Select(File.ReadAllBytes).ToList();
        Gen.Select(Gen.Int[0, golden.Count - 1], DraftGenerators.Mutated(originals))
            .Sample((which, bytes) => Check(Path.GetFileName(golden[which]), bytes), iter: Iterations);
        AssertBothOutcomesSeen();
    }

    /// <summary>A generator that only made errors (or never did) would test one path of the renderer.</summary>
    private void AssertBothOutcomesSeen()
    {
        Assert.True(_rendered >= _refused / 4, $"only {_rendered} drafts rendered, {_refused} were refused");
        Assert.True(_refused > 0, $"all {_rendered} drafts rendered: the generator reaches no draft error");
    }

    private void Check(string path, byte[] bytes)
    {
        Article article;
        try
        {
            article = TestDrafts.Renderer.Render(new DraftSource(path, bytes));
        }
        catch (DraftException refused)
        {
            Assert.False(string.IsNullOrWhiteSpace(refused.Message), "a draft error without a reason");
            Interlocked.Increment(ref _refused);
            return;
        }

        Interlocked.Increment(ref _rendered);
        InertPage.Assert(article.PageHtml);
        var depth = InertPage.Depth(article.PageHtml);
        Assert.True(depth <= DepthBound, $"the page nests {depth} elements deep (bound {DepthBound})");
        Assert.True(article.PageHtml.Length <= 200 * bytes.Length + 100_000, $"a {bytes.Length}-byte draft made a {article.PageHtml.Length}-character page");
    }
}
