using System.Text.Json;

namespace Pipeline.Bench.E2e;

/// <summary>Reads <c>GET /api/articles</c> the way a reader would: pages of titles, following <c>nextCursor</c>.</summary>
public sealed class ListingClient(HttpClient http)
{
    /// <summary>Titles on the first page (newest first).</summary>
    public async Task<IReadOnlyList<string>> FirstPageTitlesAsync(int limit, CancellationToken cancellationToken) =>
        (await PageAsync($"api/articles?limit={limit}", cancellationToken)).Titles;

    /// <summary>How many listed titles start with <paramref name="prefix"/>, reading every page.</summary>
    public async Task<int> CountListedAsync(string prefix, CancellationToken cancellationToken)
    {
        var count = 0;
        string? url = "api/articles?limit=100";
        while (url is not null)
        {
            var page = await PageAsync(url, cancellationToken);
            count += page.Titles.Count(title => title.StartsWith(prefix, StringComparison.Ordinal));
            url = page.NextCursor is null ? null : $"api/articles?limit=100&cursor={Uri.EscapeDataString(page.NextCursor)}";
        }

        return count;
    }

    private async Task<(IReadOnlyList<string> Titles, string? NextCursor)> PageAsync(string url, CancellationToken cancellationToken)
    {
        await using var body = await http.GetStreamAsync(url, cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var root = json.RootElement;
        var titles = root.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString() ?? "").ToList();
        var next = root.TryGetProperty("nextCursor", out var cursor) && cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
        return (titles, next);
    }
}
