namespace Pipeline.Rendering.Text;

/// <summary>
/// Short quotes of author-supplied values for error messages. A message that embedded a 40,000-character title
/// whole could not even be stored in the draft's status row, so every message quotes a prefix at most.
/// </summary>
public static class TextPreview
{
    /// <summary>How many characters of an offending value a message quotes.</summary>
    public const int MaxLength = 40;

    /// <summary><paramref name="value"/> in single quotes, cut to <see cref="MaxLength"/> characters plus "…" (never inside a surrogate pair).</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxLength)
        {
            return $"'{value}'";
        }

        var cut = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return $"'{value[..cut]}…'";
    }
}
