using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Site;

/// <summary>
/// Where an HTML listing page starts, plus the way back. Storage positions only run forwards, so the signed
/// cursor carries the start positions of the pages visited: "newer" pops one. When they no longer fit in a
/// cursor (at most <see cref="MaxRemembered"/>, and never longer than <see cref="CursorCodec.MaxLength"/>) the oldest
/// are forgotten, and "newer" from that depth leads back to the first page.
/// </summary>
public sealed record ListingCursor(IReadOnlyList<string> Positions)
{
    public const int MaxRemembered = 8;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ListingCursor First { get; } = new([]);

    /// <summary>The storage position this page starts after (null: from the newest article).</summary>
    public string? Position => Positions.Count == 0 ? null : Positions[^1];

    public ListingCursor Older(string nextPosition) =>
        new(Positions.Append(nextPosition).TakeLast(MaxRemembered).ToList());

    public ListingCursor Newer() => new(Positions.Take(Positions.Count - 1).ToList());

    /// <summary>The cursor's text (null for the first page), dropping the oldest positions until it is short enough.</summary>
    public string? Encode(CursorCodec codec, string scope)
    {
        for (var skip = 0; skip < Positions.Count; skip++)
        {
            var cursor = codec.Encode(scope, JsonSerializer.Serialize(Positions.Skip(skip), Json));
            if (cursor.Length <= CursorCodec.MaxLength)
            {
                return cursor;
            }
        }

        return null;
    }

    /// <summary>Reads a cursor issued for <paramref name="scope"/>; null (and why) when it is not one.</summary>
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
            var positions = JsonSerializer.Deserialize<List<string>>(reading.Position!, Json);
            if (positions is { Count: > 0 and <= MaxRemembered } && positions.All(p => p is { Length: > 0 }))
            {
                return new ListingCursor(positions);
            }
        }
        catch (JsonException)
        {
            // Signed by this site yet unreadable: only a cursor of another format version could be.
        }

        error = "The cursor is malformed.";
        return null;
    }
}
