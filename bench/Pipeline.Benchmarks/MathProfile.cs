using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Highlighting;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Mathematics;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- --math</c> (bench/render-math.sh): what math and
/// highlighting cost. Cold = the first call in this process (engine creation / grammar load included); warm =
/// median of repeated calls. A generated math-heavy article (150 formulas) is rendered in full and compared with
/// Markdig's ToHtml over the same pipeline (formulas parsed, not typeset). Stopwatch timings; one thread.
/// </summary>
public static class MathProfile
{
    private const int Runs = 30;

    private static readonly string[] Formulas =
    [
        @"(AB)_{il} = \sum_{j} A_{ij} B_{jl}", @"\frac{1}{2}", @"x^2 + y^2 = r^2", @"\mathrm{d}x", @"\symbfit{v} = \symbfit{A}\symbfit{x}",
        @"e^{i\pi} + 1 = 0", @"\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}", @"\nabla \cdot \mathbf{E} = \frac{\rho}{\varepsilon_0}",
        @"\lim_{n\to\infty} \left(1 + \frac{1}{n}\right)^n = e", @"\alpha_{k+1} = \alpha_k - \eta \nabla L(\alpha_k)",
    ];

    private static readonly string[] DisplayFormulas =
    [
        @"\begin{aligned} f(x) &= \sum_{i=1}^{n} a_i x^i \\ &= \underbrace{a_1 x + a_2 x^2}_{\text{first two}} + \cdots \end{aligned}",
        @"\begin{pmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{pmatrix}\begin{pmatrix} x \\ y \end{pmatrix}",
        @"p(x) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)",
    ];

    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        using var cold = new TemmlTypesetter(maxEngines: 1);
        cold.Typeset(Formulas[0], display: false);
        var firstFormula = clock.Elapsed;

        var warmInline = Median(() => cold.Typeset(Formulas[6], display: false));
        var warmDisplay = Median(() => cold.Typeset(DisplayFormulas[0], display: true));

        var draft = MathHeavyDraft(inline: 120, display: 30);
        var source = new DraftSource("math-heavy.md", Encoding.UTF8.GetBytes(draft));
        var renderer = new ArticleRenderer();
        clock.Restart();
        var article = renderer.Render(source);
        var firstArticle = clock.Elapsed;
        var formulaCount = article.BodyHtml.Split("<math").Length - 1;
        var fullRender = Median(() => renderer.Render(source));
        var body = draft[(draft.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        var markdig = Median(() => Markdig.Markdown.ToHtml(body, ArticleMarkdown.Pipeline));
        var typesetting = Median(() => MathTypesetting.Run(Markdig.Markdown.Parse(body, ArticleMarkdown.Pipeline), TemmlTypesetter.Shared, 1));
        var variedWarm = Median(() =>
        {
            foreach (var tex in Formulas)
            {
                TemmlTypesetter.Shared.Typeset(tex, display: false);
            }
        }) / Formulas.Length;

        var rust = Enumerable.Range(0, 20).Select(i => $"    let v{i}: Vec<u32> = (1..={i}).collect(); // line {i}").ToArray();
        clock.Restart();
        SyntaxHighlighter.Shared.Highlight("rust", rust);
        var grammarCold = clock.Elapsed;
        var blockWarm = Median(() => SyntaxHighlighter.Shared.Highlight("rust", rust));

        Console.WriteLine("| measurement | time |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| one formula, cold (V8 engine created, Temml + mhchem loaded, first formula) | {Ms(firstFormula)} |");
        Console.WriteLine($"| one inline formula, warm (median of {Runs}) | {Ms(warmInline)} |");
        Console.WriteLine($"| one display `aligned` formula, warm (median of {Runs}) | {Ms(warmDisplay)} |");
        Console.WriteLine($"| math-heavy article ({formulaCount} formulas, {draft.Length:N0} chars), first render in the process | {Ms(firstArticle)} |");
        Console.WriteLine($"| math-heavy article, full render warm (median of {Runs}) | {Ms(fullRender)} |");
        Console.WriteLine($"| of which parsing + typesetting its formulas (`MathTypesetting.Run`) | {Ms(typesetting)} |");
        Console.WriteLine($"| one formula, warm, averaged over the article's {Formulas.Length} inline formulas | {Ms(variedWarm)} |");
        Console.WriteLine($"| same body, Markdig `ToHtml` with the same pipeline (formulas parsed, not typeset) | {Ms(markdig)} |");
        Console.WriteLine($"| 20-line Rust block, cold (grammar load + first tokenisation) | {Ms(grammarCold)} |");
        Console.WriteLine($"| 20-line Rust block, warm (median of {Runs}) | {Ms(blockWarm)} |");
        return 0;
    }

    private static string MathHeavyDraft(int inline, int display)
    {
        var text = new StringBuilder("---\ntitle: Math heavy\n---\n\n");
        for (var i = 0; i < inline; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"段落 {i}: 式 ${Formulas[i % Formulas.Length]}$ を使う。");
            if (i % 4 == 3)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\n$$\n{DisplayFormulas[(i / 4) % DisplayFormulas.Length]}\n$$\n");
                display--;
            }

            text.Append("\n\n");
        }

        for (; display > 0; display--)
        {
            text.Append(CultureInfo.InvariantCulture, $"$$\n{DisplayFormulas[display % DisplayFormulas.Length]}\n$$\n\n");
        }

        return text.ToString();
    }

    private static TimeSpan Median(Action work)
    {
        work();
        var times = new TimeSpan[Runs];
        var clock = new Stopwatch();
        for (var i = 0; i < Runs; i++)
        {
            clock.Restart();
            work();
            times[i] = clock.Elapsed;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}

