using System.Globalization;
using System.Text;

namespace Pipeline.Bench.E2e;

/// <summary>
/// Drafts made from the generated corpus (bench/.work/corpus-2000): each corpus body under a fresh front
/// matter, so every run publishes new articles with titles unique to the run and dates that list them first.
/// </summary>
public sealed class BenchDrafts(string corpusDirectory)
{
    private readonly string[] _bodies = Directory.GetFiles(corpusDirectory, "*.md").Order(StringComparer.Ordinal)
        .Select(file => File.ReadAllText(file).Split("\n---\n", 2)[1])
        .ToArray();

    public IReadOnlyList<BenchDraft> Make(string run, int count, DateTimeOffset newest)
    {
        var drafts = new BenchDraft[count];
        for (var i = 0; i < count; i++)
        {
            var title = $"Bench {run} {i:0000}";
            var date = newest.AddSeconds(i - count).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            var text = $"---\ntitle: \"{title}\"\ndate: {date}\ntags: [\"perf\", \"bench\"]\n---\n{_bodies[i % _bodies.Length]}";
            drafts[i] = new BenchDraft($"bench/{run}/{i:0000}.md", title, Encoding.UTF8.GetBytes(text));
        }

        return drafts;
    }
}
