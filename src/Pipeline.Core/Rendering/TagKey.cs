using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Core.Rendering;

/// <summary>
/// The normalised key a tag is matched by: NFKC (which folds full-width <c>ＡＩ</c> to <c>AI</c> and
/// half-width kana to full-width), lower-cased invariantly, trimmed, inner white space runs as one hyphen.
/// <c>ＡＩ</c>, <c>AI</c> and <c>ai</c> are one tag; its display name is whatever the first article wrote.
/// </summary>
public static class TagKey
{
    public static string Normalize(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var folded = tag.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return WhiteSpace.Collapse(folded, '-');
    }
}
