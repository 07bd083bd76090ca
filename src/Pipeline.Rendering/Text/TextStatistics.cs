using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Pipeline.Rendering.Text;

/// <summary>
/// Counts text run by run, in one pass: Han and kana characters (read at ~500 a minute), words of
/// spaced scripts (~230 a minute), letters per script for language detection. Feed it text with
/// <see cref="Add"/>, and call <see cref="Break"/> where a block ends so words do not join across it.
/// </summary>
public sealed class TextStatistics
{
    public const int CjkCharactersPerMinute = 500;
    public const int WordsPerMinute = 230;

    private bool _inWord;

    /// <summary>Every character except white space (a surrogate pair counts once).</summary>
    public int Characters { get; private set; }

    /// <summary>Words of spaced scripts (Latin, Hangul, …).</summary>
    public int SpacedWords { get; private set; }

    public int Kana { get; private set; }
    public int Han { get; private set; }
    public int Hangul { get; private set; }

    /// <summary>Letters of every other script.</summary>
    public int OtherLetters { get; private set; }

    /// <summary>Words as readers count them: spaced words plus each Han or kana character.</summary>
    public int Words => SpacedWords + Kana + Han;

    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(((double)Kana + Han) / CjkCharactersPerMinute + (double)SpacedWords / WordsPerMinute));

    public void Add(ReadOnlySpan<char> text)
    {
        // Hot loop: runs of ASCII (Markdown, URLs, code, English) or of Japanese prose sixteen characters at a time
        // (TryAddBlock); otherwise ASCII one by one by a branch-free table lookup, BMP kana and Han by range checks,
        // with the counters in locals; only other characters consult Unicode properties.
        var classes = AsciiClasses;
        int characters = 0, words = 0, letters = 0, kana = 0, han = 0;
        var inWord = _inWord ? 1 : 0;
        ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        for (var i = 0; i < text.Length; i++)
        {
            if (Vector128.IsHardwareAccelerated && i + 16 <= text.Length
                && TryAddBlock(
                    Vector128.LoadUnsafe(ref units, (nuint)i),
                    Vector128.LoadUnsafe(ref units, (nuint)i + 8),
                    ref characters, ref words, ref letters, ref kana, ref han, ref inWord))
            {
                i += 15;
                continue;
            }

            int c = text[i];
            if (c < 0x80)
            {
                int cls = classes[c];
                var isWord = (cls >> 1) & 1;
                characters += cls & 1;
                letters += (cls >> 2) & 1;
                words += isWord & ~inWord;
                inWord = isWord | (inWord & (cls >> 3));
            }
            else if (c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF))
            {
                characters++;
                han++;
                inWord = 0;
            }
            else if (c is >= 0x3040 and <= 0x30FF)
            {
                characters++;
                kana++;
                inWord = 0;
            }
            else
            {
                _inWord = inWord == 1;
                if (!char.IsSurrogate((char)c))
                {
                    AddRune(new Rune(c));
                }
                else if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    AddRune(new Rune((char)c, text[++i]));
                }

                inWord = _inWord ? 1 : 0;
            }
        }

        _inWord = inWord == 1;
        Characters += characters;
        SpacedWords += words;
        OtherLetters += letters;
        Kana += kana;
        Han += han;
    }

    /// <summary>
    /// Sixteen characters at once, with the same counts as the scalar loop, from bit masks over the characters'
    /// classes narrowed to bytes: when all are ASCII (English prose, code, Markdown), or all are ASCII, kana, Han
    /// (the scalar loop's BMP ranges), the ideographic space or CJK and full-width punctuation that is neither letter
    /// nor digit (Japanese prose: 、。「」（）！？…). A word starts at an ASCII letter or digit not preceded by one (the
    /// first by the carried-in state); every other character here ends a word. A block with a joiner (' - _), or any
    /// other character, is left to the scalar loop, whose state it needs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAddBlock(Vector128<ushort> low, Vector128<ushort> high, ref int characters, ref int words, ref int letters, ref int kana, ref int han, ref int inWord)
    {
        Vector128<byte> ascii;
        // Kana, Han and punctuation lanes: each counts as a character and ends a word (none in an all-ASCII block).
        Vector128<byte> kanaMask = default, hanMask = default, punctuationMask = default;
        if (((low | high) & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
        {
            ascii = Vector128.Narrow(low, high);
        }
        else
        {
            kanaMask = Vector128.Narrow(InRange(low, 0x3040, 0x30FF), InRange(high, 0x3040, 0x30FF));
            hanMask = Vector128.Narrow(InRange(low, 0x4E00, 0x9FFF) | InRange(low, 0x3400, 0x4DBF), InRange(high, 0x4E00, 0x9FFF) | InRange(high, 0x3400, 0x4DBF));
            punctuationMask = Vector128.Narrow(Punctuation(low), Punctuation(high));
            var asciiMask = Vector128.Narrow(Vector128.LessThan(low, Vector128.Create((ushort)0x80)), Vector128.LessThan(high, Vector128.Create((ushort)0x80)));
            var spaceMask = Vector128.Narrow(Vector128.Equals(low, Vector128.Create((ushort)0x3000)), Vector128.Equals(high, Vector128.Create((ushort)0x3000)));
            if ((asciiMask | kanaMask | hanMask | punctuationMask | spaceMask) != Vector128<byte>.AllBitsSet)
            {
                return false;
            }

            // Non-ASCII lanes narrow to their low byte: masked out so they never read as ASCII classes below.
            ascii = Vector128.Narrow(low & Vector128.Create((ushort)0x7F), high & Vector128.Create((ushort)0x7F)) & asciiMask;
        }

        var joiners = Vector128.Equals(ascii, Vector128.Create((byte)'\''))
            | Vector128.Equals(ascii, Vector128.Create((byte)'-'))
            | Vector128.Equals(ascii, Vector128.Create((byte)'_'));
        if (joiners != Vector128<byte>.Zero)
        {
            return false;
        }

        var asciiCounted = Vector128.GreaterThan(ascii, Vector128.Create((byte)' ')) & ~Vector128.Equals(ascii, Vector128.Create((byte)0x7F));
        var countedBits = (asciiCounted | kanaMask | hanMask | punctuationMask).ExtractMostSignificantBits();
        var letter = Vector128.LessThan((ascii | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26));
        var digit = Vector128.LessThan(ascii - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
        var letterBits = letter.ExtractMostSignificantBits();
        var wordBits = letterBits | digit.ExtractMostSignificantBits();
        var starts = wordBits & ~((wordBits << 1) | (uint)inWord);
        characters += BitOperations.PopCount(countedBits);
        letters += BitOperations.PopCount(letterBits);
        words += BitOperations.PopCount(starts);
        kana += BitOperations.PopCount(kanaMask.ExtractMostSignificantBits());
        han += BitOperations.PopCount(hanMask.ExtractMostSignificantBits());
        inWord = (int)((wordBits >> 15) & 1);
        return true;
    }

    private static Vector128<ushort> InRange(Vector128<ushort> chars, ushort first, ushort last) =>
        Vector128.LessThanOrEqual(chars - Vector128.Create(first), Vector128.Create((ushort)(last - first)));

    /// <summary>CJK and full-width punctuation and symbols that are neither letters, digits nor marks (so AddRune would count each and end a word).</summary>
    private static Vector128<ushort> Punctuation(Vector128<ushort> chars) =>
        InRange(chars, 0x3001, 0x3004) | InRange(chars, 0x3008, 0x3020)
        | InRange(chars, 0xFF01, 0xFF0F) | InRange(chars, 0xFF1A, 0xFF20) | InRange(chars, 0xFF3B, 0xFF40) | InRange(chars, 0xFF5B, 0xFF65);

    // Bit flags per ASCII character: 1 counts as a character, 2 is a word character, 4 a letter,
    // 8 joins a word it is inside (' - _ as in don't, well-known, snake_case).
    private const byte Counted = 1;
    private const byte WordCharacter = 2;
    private const byte LetterFlag = 4;
    private const byte JoinerFlag = 8;

    private static readonly byte[] AsciiClasses = CreateAsciiClasses();

    private static byte[] CreateAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = c <= ' ' || c == 0x7F ? (byte)0
                : char.IsAsciiLetter((char)c) ? (byte)(Counted | WordCharacter | LetterFlag)
                : char.IsAsciiDigit((char)c) ? (byte)(Counted | WordCharacter)
                : c is '\'' or '-' or '_' ? (byte)(Counted | JoinerFlag)
                : Counted;
        }

        return classes;
    }

    private void AddRune(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune))
        {
            _inWord = false;
            return;
        }

        Characters++;
        if (CjkText.IsKana(rune))
        {
            Kana++;
            _inWord = false;
        }
        else if (CjkText.IsHan(rune))
        {
            Han++;
            _inWord = false;
        }
        else if (Rune.IsLetterOrDigit(rune))
        {
            if (CjkText.IsHangul(rune))
            {
                Hangul++;
            }
            else if (Rune.IsLetter(rune))
            {
                OtherLetters++;
            }

            StartOrContinueWord();
        }
        else if (rune.Value != 0x2019 && Rune.GetUnicodeCategory(rune) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            // Punctuation and symbols end a word; a right single quote (don’t) and combining marks do not.
            _inWord = false;
        }
    }

    public void Break() => _inWord = false;

    private void StartOrContinueWord()
    {
        if (!_inWord)
        {
            SpacedWords++;
            _inWord = true;
        }
    }
}
