using System.Text;

namespace Pipeline.Rendering.Text;

public static class WhiteSpace
{
    /// <summary>Trims, and replaces each inner run of white space with one <paramref name="separator"/>.</summary>
    public static string Collapse(string text, char separator = ' ')
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
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
