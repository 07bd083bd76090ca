using System.Globalization;

namespace Pipeline.Rendering.Text;

/// <summary>Cuts text only between user-perceived characters (never inside a surrogate pair, emoji sequence or combining mark).</summary>
public static class Graphemes
{
    /// <summary>The largest grapheme boundary not after <paramref name="maxLength"/> (UTF-16 units).</summary>
    public static int BoundaryAtOrBefore(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text.Length;
        }

        var position = 0;
        while (position < text.Length)
        {
            var next = position + StringInfo.GetNextTextElementLength(text.AsSpan(position));
            if (next > maxLength)
            {
                break;
            }

            position = next;
        }

        return position;
    }
}
