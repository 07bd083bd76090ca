using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests;

/// <summary>
/// Golden files: every <c>Golden/*.md|*.markdown|*.txt</c> renders to exactly <c>NAME.html</c> (the page)
/// and <c>NAME.json</c> (the metadata). After an intended change, regenerate them all with
/// <c>PIPELINE_UPDATE_GOLDEN=1 dotnet test tests/Pipeline.Rendering.Tests</c> and review the diff.
/// </summary>
public sealed class GoldenTests
{
    private const string UpdateCommand = "PIPELINE_UPDATE_GOLDEN=1 dotnet test tests/Pipeline.Rendering.Tests";
    private static readonly string[] InputExtensions = [".md", ".markdown", ".txt"];
    private static readonly string[] OutputExtensions = [".html", ".json"];
    private const string AssetsExtension = ".assets.json";
    private static readonly JsonSerializerOptions AssetsJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string Directory = Path.Combine(TestDrafts.RepositoryRoot, "tests", "Pipeline.Rendering.Tests", "Golden");

    private static bool Updating => Environment.GetEnvironmentVariable("PIPELINE_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Inputs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in InputNames())
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Draft_renders_exactly_as_recorded(string name)
    {
        var article = TestDrafts.Renderer.Render(new DraftSource(name, File.ReadAllBytes(Path.Combine(Directory, name))));
        Check(name, ".html", article.PageHtml);
        Check(name, ".json", ArticleMetadataJson.Serialize(article.Metadata) + "\n");
    }

    public static TheoryData<string> SiteDrafts => [.. GoldenSite.Drafts()];

    [Theory]
    [MemberData(nameof(SiteDrafts))]
    public void Site_draft_renders_with_its_assets_exactly_as_recorded(string path)
    {
        var article = GoldenSite.Render(path);
        var name = Path.Combine("site", path);
        Check(name, ".html", article.PageHtml);
        Check(name, ".json", ArticleMetadataJson.Serialize(article.Metadata) + "\n");
        Check(name, AssetsExtension, JsonSerializer.Serialize(new { References = article.AssetReferences.Select(r => new { r.Line, r.Reference, r.Kind, r.LookedIn, Found = r.Asset?.Url }), article.Warnings }, AssetsJson) + "\n");
    }

    [Fact]
    public void Every_recorded_site_output_belongs_to_a_draft()
    {
        var stems = GoldenSite.Drafts().Select(path => Path.Combine(GoldenSite.Directory, Stem(path))).ToHashSet(StringComparer.Ordinal);
        var orphans = System.IO.Directory.EnumerateFiles(GoldenSite.Directory, "*", SearchOption.AllDirectories)
            .Where(path => !DraftFormats.TryGet(path, out _) && !stems.Contains(StemOfOutput(path)))
            .ToList();
        if (Updating)
        {
            orphans.ForEach(File.Delete);
            return;
        }

        Assert.True(orphans.Count == 0, $"stale golden files without a draft: {string.Join(", ", orphans.Select(Path.GetFileName))}; run {UpdateCommand}");
    }

    [Fact]
    public void Every_recorded_output_belongs_to_a_draft()
    {
        var stems = InputNames().Select(Stem).ToHashSet(StringComparer.Ordinal);
        var orphans = System.IO.Directory.EnumerateFiles(Directory)
            .Where(path => OutputExtensions.Contains(Path.GetExtension(path)) && !stems.Contains(Path.GetFileNameWithoutExtension(path)))
            .ToList();
        if (Updating)
        {
            orphans.ForEach(File.Delete);
            return;
        }

        Assert.True(orphans.Count == 0, $"stale golden files without a draft: {string.Join(", ", orphans.Select(Path.GetFileName))}; run {UpdateCommand}");
    }

    [Fact]
    public void The_golden_set_holds_the_current_sample_article()
    {
        var sample = Path.Combine(TestDrafts.RepositoryRoot, "samples", "trump-lee-summit.ja.txt");
        Assert.Equal(File.ReadAllBytes(sample), File.ReadAllBytes(Path.Combine(Directory, "trump-lee-summit.ja.txt")));
        Assert.True(InputNames().Count() >= 8);
    }

    private static IEnumerable<string> InputNames() => System.IO.Directory.EnumerateFiles(Directory)
        .Where(path => InputExtensions.Contains(Path.GetExtension(path)))
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal);

    /// <summary>"trump-lee-summit.ja.txt" → "trump-lee-summit.ja", "site/posts/x/index.md" → "site/posts/x/index"; outputs are named after it.</summary>
    private static string Stem(string name) => Path.ChangeExtension(name, null);

    private static string StemOfOutput(string path) =>
        path.EndsWith(AssetsExtension, StringComparison.Ordinal) ? path[..^AssetsExtension.Length] : Path.ChangeExtension(path, null);

    private static void Check(string name, string extension, string actual)
    {
        var path = Path.Combine(Directory, Stem(name) + extension);
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"missing golden file {Path.GetFileName(path)}; run {UpdateCommand}");
        var expected = File.ReadAllText(path);
        Assert.True(expected == actual, $"{Path.GetFileName(path)} is stale (first difference at char {FirstDifference(expected, actual)}); review the change, then run {UpdateCommand}");
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
