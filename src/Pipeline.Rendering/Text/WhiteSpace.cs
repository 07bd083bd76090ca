using System.Text;

namespace Pipeline.Rendering.Text;

public static class WhiteSpace
{
    /// <summary>Trims, and replaces each inner run of white space with one <paramref name="separator"/>.</summary>
    public static string Collapse(string text, char separator = ' ') => Collapse(text, separator, int.MaxValue);

    /// <summary>
    /// <see cref="Collapse(string, char)"/>, stopped once the result holds <paramref name="maxLength"/> characters (or
    /// one more, a separator and the character after it): the same text as the whole collapse cut there.
    /// </summary>
    public static string Collapse(string text, char separator, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var pending = false;
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                pending = builder.Length > 0;
                continue;
            }

            if (pending)
            {
                builder.Append(separator);
                pending = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
