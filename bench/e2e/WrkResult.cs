namespace Pipeline.Bench.E2e;

/// <summary>What one wrk run reported: requests per second, latency percentiles, non-2xx/3xx responses and socket errors.</summary>
public sealed record WrkResult(string Url, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long BadResponses, long SocketErrors);
