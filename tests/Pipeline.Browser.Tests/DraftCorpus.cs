using System.Globalization;
using System.Text;
using Pipeline.Emulator;

namespace Pipeline.Browser.Tests;

/// <summary>
/// The drafts the site is tested with, written to a folder the local host publishes (<c>--samples</c>): the
/// repository's bundled samples, the page-feature drafts in <c>Pages/</c> (under <c>pages/</c>), plus one draft per XSS vector, whose title, summary, tags and body all carry it.
/// XSS drafts have fixed slugs and dates (one minute apart), so their order is known in advance.
/// </summary>
public sealed class DraftCorpus
{
    public const string XssTag = "xss";

    private const int MaxVectorTagLength = 100;

    private static readonly DateTimeOffset XssEpoch = new(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private DraftCorpus(string folder, IReadOnlyList<string> vectors, IReadOnlyList<string> samples, IReadOnlyList<string> pages)
    {
        Folder = folder;
        Vectors = vectors;
        SampleFiles = samples;
        PageFiles = pages;
    }

    public string Folder { get; }

    public IReadOnlyList<string> Vectors { get; }

    public IReadOnlyList<string> SampleFiles { get; }

    /// <summary>The page-feature drafts, by their path in the drafts container (<c>pages/NAME.md</c>).</summary>
    public IReadOnlyList<string> PageFiles { get; }

    public int DraftCount => Vectors.Count + SampleFiles.Count + PageFiles.Count;

    /// <summary>XSS slugs newest first: the order every listing of them must show.</summary>
    public IReadOnlyList<string> XssSlugsNewestFirst => Enumerable.Range(0, Vectors.Count).Reverse().Select(XssSlug).ToList();

    public static string XssSlug(int index) => "xss-" + (index + 1).ToString("D2", CultureInfo.InvariantCulture);

    public static DraftCorpus Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var samples = new List<string>();
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "samples")).Order(StringComparer.Ordinal))
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
            samples.Add(Path.GetFileName(sample));
        }

        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        var pages = new List<string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Pages"), "*.md").Order(StringComparer.Ordinal))
        {
            File.Copy(page, Path.Combine(folder, "pages", Path.GetFileName(page)));
            pages.Add("pages/" + Path.GetFileName(page));
        }

        var vectors = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Xss", "vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        Directory.CreateDirectory(Path.Combine(folder, "xss"));
        for (var i = 0; i < vectors.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, "xss", XssSlug(i) + ".md"), XssDraft(i, vectors[i]), new UTF8Encoding(false));
        }

        return new DraftCorpus(folder, vectors, samples, pages);
    }

    private static string XssDraft(int index, string vector)
    {
        // YAML single-quoted scalars take any text; only the quote itself is doubled.
        static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
        var date = XssEpoch.AddMinutes(index).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var alternating = index % 2 == 0 ? "ＡＩ" : "ai";

        // The vector is a tag too, unless it is longer than any tag the renderer accepts.
        var tags = vector.Length <= MaxVectorTagLength ? $"{XssTag}, {alternating}, {Quoted(vector)}" : $"{XssTag}, {alternating}";
        return $"""
            ---
            title: {Quoted($"XSS {index + 1}: {vector}")}
            slug: {XssSlug(index)}
            date: {date}
            lang: ja
            summary: {Quoted(vector)}
            tags: [{tags}]
            ---

            ベクター {index + 1} の前の段落です。

            {vector}

            後ろの段落 [リンク]({vector.Replace(")", "%29", StringComparison.Ordinal)}) と `{vector.Replace("`", "", StringComparison.Ordinal)}`。

            """;
    }
}
