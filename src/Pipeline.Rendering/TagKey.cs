using System.Text;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering;

/// <summary>
/// The normalised key a tag is matched by: NFKC (which folds full-width <c>ＡＩ</c> to <c>AI</c> and
/// half-width kana to full-width), lower-cased invariantly, trimmed, inner white space runs as one hyphen.
/// <c>ＡＩ</c>, <c>AI</c> and <c>ai</c> are one tag; its display name is whatever the first article wrote.
/// </summary>
public static class TagKey
{
    /// <summary>Longest tag accepted in a URL.</summary>
    public const int MaxLength = 64;

    public static string Normalize(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var folded = (NfcQuickCheck.IsCertainlyNfkc(tag) ? tag : tag.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        return WhiteSpace.Collapse(folded, '-');
    }

    /// <summary>
    /// Why <paramref name="tag"/> (as written, or as a key) cannot be asked for by URL, or null. Tags such as
    /// <c>CI/CD</c> are still valid tags of an article: they are only never linked, as no URL can name them.
    /// </summary>
    public static string? Problem(string tag) =>
        UrlSegment.Problem(tag, MaxLength, isTag: true) ?? (Normalize(tag).Length == 0 ? "must not be blank." : null);

    /// <summary>Whether the tag page of <paramref name="key"/> (a normalised key) can be asked for, so may be linked.</summary>
    public static bool IsLinkable(string key) => Problem(key) is null;

    /// <summary>The key to link <paramref name="tag"/>'s page by, or null when that page cannot be asked for.</summary>
    public static string? LinkKey(string tag)
    {
        var key = Normalize(tag);
        return IsLinkable(key) ? key : null;
    }
}
