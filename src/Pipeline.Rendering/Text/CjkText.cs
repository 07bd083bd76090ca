using System.Text;

namespace Pipeline.Rendering.Text;

/// <summary>
/// Character classes the Japanese-aware stages share. "Unspaced" scripts (Han, kana and their
/// punctuation) are written without spaces between words: a line break between two of them is no
/// space, and each of their characters counts as a word. Hangul is spaced, so it is not among them.
/// </summary>
public static class CjkText
{
    public static bool IsKana(Rune rune) => rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F);

    public static bool IsHan(Rune rune) => rune.Value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF)
        or (>= 0x20000 and <= 0x3FFFF) or 0x3005 or 0x3007;

    public static bool IsHangul(Rune rune) => rune.Value is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F);

    /// <summary>CJK symbols and punctuation (、。「」…) and the full-width forms block.</summary>
    public static bool IsCjkPunctuation(Rune rune) => rune.Value is (>= 0x3000 and <= 0x303F) or (>= 0xFF01 and <= 0xFF65);

    /// <summary>Written without spaces between words: Han, kana, CJK punctuation.</summary>
    public static bool IsUnspaced(Rune rune) => rune.Value >= 0x3000 && (IsHan(rune) || IsKana(rune) || IsCjkPunctuation(rune));

    /// <summary>True when text ending in <paramref name="before"/> runs on into <paramref name="after"/> without a space: both are unspaced.</summary>
    public static bool JoinsUnspaced(Rune? before, Rune? after) =>
        before is { } b && after is { } a && IsUnspaced(b) && IsUnspaced(a);

    /// <summary>The last rune of <paramref name="text"/>, or null when it is empty.</summary>
    public static Rune? LastRune(ReadOnlySpan<char> text) =>
        text.IsEmpty || Rune.DecodeLastFromUtf16(text, out var rune, out _) != System.Buffers.OperationStatus.Done ? null : rune;

    /// <summary>The first rune of <paramref name="text"/>, or null when it is empty.</summary>
    public static Rune? FirstRune(ReadOnlySpan<char> text) =>
        text.IsEmpty || Rune.DecodeFromUtf16(text, out var rune, out _) != System.Buffers.OperationStatus.Done ? null : rune;
}
