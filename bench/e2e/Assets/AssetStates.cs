using System.Diagnostics;
using System.Text.Json;

namespace Pipeline.Bench.E2e.Assets;

/// <summary>
/// The host's <c>GET /api/assets</c> as the bench reads it: each asset's state and refusal kind, and its published
/// URLs (source and variants), polled until the assets a scenario uploaded have all settled.
/// </summary>
public sealed class AssetStates(HttpClient http)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Waits until every path in <paramref name="paths"/> is published or failed; returns their views.</summary>
    public async Task<IReadOnlyDictionary<string, AssetState>> SettledAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var states = await ReadAsync(cancellationToken);
            var mine = paths.Where(states.ContainsKey).Select(path => states[path]).Where(state => state.State is "published" or "failed").ToList();
            if (mine.Count == paths.Count)
            {
                return mine.ToDictionary(state => state.Path);
            }

            if (clock.Elapsed > Timeout)
            {
                throw new TimeoutException($"{mine.Count} of {paths.Count} assets settled within {Timeout.TotalMinutes} minutes");
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private async Task<Dictionary<string, AssetState>> ReadAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("/api/assets", cancellationToken));
        var states = new Dictionary<string, AssetState>(StringComparer.Ordinal);
        foreach (var asset in document.RootElement.GetProperty("assets").EnumerateArray())
        {
            var path = asset.GetProperty("path").GetString()!;
            var urls = new List<string>();
            if (asset.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
            {
                urls.Add(url.GetString()!);
            }

            if (asset.TryGetProperty("variants", out var variants))
            {
                urls.AddRange(variants.EnumerateArray().Select(variant => variant.GetString()!));
            }

            var kind = asset.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error.GetProperty("kind").GetString() : null;
            states[path] = new AssetState(path, asset.GetProperty("state").GetString()!, kind, urls);
        }

        return states;
    }
}
