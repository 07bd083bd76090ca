using System.Text.Json;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Site;

/// <summary>
/// Where an HTML listing page starts, plus the way back. Storage continuations only run forwards, so the signed
/// cursor carries the start positions of the last few pages visited: "newer" pops one. Past
/// <see cref="MaxRemembered"/> pages the oldest is forgotten and "newer" from that depth leads to the first page,
/// which keeps every cursor we hand out short enough to be accepted.
/// </summary>
public sealed record ListingCursor(IReadOnlyList<string> Positions)
{
    public const int MaxRemembered = 8;

    public static ListingCursor First { get; } = new([]);

    /// <summary>The storage position this page starts at (null: the newest article).</summary>
    public string? Position => Positions.Count == 0 ? null : Positions[^1];

    public ListingCursor Older(string nextPosition) =>
        new(Positions.Append(nextPosition).TakeLast(MaxRemembered).ToList());

    public ListingCursor Newer() => new(Positions.Take(Positions.Count - 1).ToList());

    public string? Encode(CursorCodec codec, string scope) =>
        Positions.Count == 0 ? null : codec.Encode(scope, JsonSerializer.Serialize(Positions));

    /// <summary>Reads a cursor issued for <paramref name="scope"/>; null when it is not one.</summary>
    public static ListingCursor? Decode(CursorCodec codec, string cursor, string scope, out string? error)
    {
        var reading = codec.Decode(cursor, scope);
        error = reading.Error;
        if (!reading.IsValid)
        {
            return null;
        }

        try
        {
            var positions = JsonSerializer.Deserialize<List<string>>(reading.Position!);
            if (positions is { Count: > 0 and <= MaxRemembered } && positions.All(p => p is { Length: > 0 }))
            {
                return new ListingCursor(positions);
            }
        }
        catch (JsonException)
        {
            // Signed by us yet unreadable: only an older cursor format could do that.
        }

        error = "The cursor is malformed.";
        return null;
    }
}
