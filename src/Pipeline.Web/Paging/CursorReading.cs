namespace Pipeline.Web.Paging;

/// <summary>The outcome of reading a cursor: the storage position it holds, or why it was refused.</summary>
public sealed record CursorReading(string? Position, string? Error)
{
    public bool IsValid => Error is null;

    public static CursorReading Valid(string position) => new(position, null);

    public static CursorReading Invalid(string error) => new(null, error);
}
