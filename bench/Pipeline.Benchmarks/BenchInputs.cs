namespace Pipeline.Benchmarks;

/// <summary>
/// The drafts the benchmarks render, read from the repository: the Japanese sample (samples/) and the
/// generated corpus and 5 MiB draft (bench/.work/, made by bench/lib/common.sh; bench/render-one.sh
/// creates them before starting the benchmarks).
/// </summary>
public static class BenchInputs
{
    public const string JapaneseSample = "sample-ja";
    public const string CorpusPost = "corpus-post";
    public const string FiveMebibyteDraft = "draft-5mib";

    /// <summary>The Japanese sample written as Markdown with the structure the renderer finds in it (<see cref="MarkdownEquivalent"/>).</summary>
    public const string JapaneseSampleAsMarkdown = "sample-ja-md";

    public static (string Path, byte[] Content) Load(string name)
    {
        if (name == JapaneseSampleAsMarkdown)
        {
            var plain = System.Text.Encoding.UTF8.GetString(Load(JapaneseSample).Content);
            return ("trump-lee-summit.ja.md", System.Text.Encoding.UTF8.GetBytes(MarkdownEquivalent.Of(plain)));
        }

        var relative = name switch
        {
            JapaneseSample => "samples/trump-lee-summit.ja.txt",
            CorpusPost => "bench/.work/corpus-2000/post-0001.md",
            FiveMebibyteDraft => "bench/.work/big-5mib.md",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown benchmark input"),
        };
        var file = Path.Combine(RepositoryRoot(), relative);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{file} is missing: run bench/render-one.sh, which generates the corpus first.", file);
        }

        return (Path.GetFileName(file), File.ReadAllBytes(file));
    }

    /// <summary>The YAML between the <c>---</c> lines of every post of the 2,000-post corpus, in file order.</summary>
    public static string[] CorpusFrontMatter()
    {
        var folder = Path.Combine(RepositoryRoot(), "bench/.work/corpus-2000");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder} is missing: run bench/front-matter.sh, which generates the corpus first.");
        }

        return Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(file => File.ReadAllText(file).ReplaceLineEndings("\n"))
            .Where(text => text.StartsWith("---\n", StringComparison.Ordinal))
            .Select(text => text[4..text.IndexOf("\n---\n", 4, StringComparison.Ordinal)])
            .ToArray();
    }

    // BenchmarkDotNet runs each benchmark from a generated project below bin/, so walk up to the solution.
    internal static string RepositoryRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PIPELINE_REPO");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory + "; set PIPELINE_REPO.");
    }
}
