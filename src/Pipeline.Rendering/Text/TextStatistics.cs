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

    /// <summary>Characters per block: one 256-bit vector of UTF-16 code units.</summary>
    private const int BlockLength = 16;
    private const uint AllLanes = (1u << BlockLength) - 1;

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
        // (TryAddBlock; without 256-bit vectors, as on Arm64 today, the scalar loop takes all); otherwise ASCII one by
        // one by a branch-free table lookup, BMP kana and Han by range checks, with the counters in locals; only other
        // characters consult Unicode properties. The last characters of a text of sixteen or more, fewer than a
        // block, are counted from the block that ends with them (the lanes before them masked off), so a literal of
        // 20 characters is two blocks rather than a block and four turns of the scalar loop.
        var classes = AsciiClasses;
        int characters = 0, words = 0, letters = 0, kana = 0, han = 0;
        var inWord = _inWord ? 1 : 0;
        ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var blocks = Vector256.IsHardwareAccelerated && text.Length >= BlockLength;
        for (var i = 0; i < text.Length; i++)
        {
            if (blocks)
            {
                if (i + BlockLength <= text.Length)
                {
                    if (TryAddBlock(Vector256.LoadUnsafe(ref units, (nuint)i), AllLanes, ref characters, ref words, ref letters, ref kana, ref han, ref inWord))
                    {
                        i += BlockLength - 1;
                        continue;
                    }
                }
                else
                {
                    // The tail is tried once: a block that failed fails again with the same lanes in it.
                    blocks = false;
                    var tail = text.Length - i;
                    if (TryAddBlock(Vector256.LoadUnsafe(ref units, (nuint)(text.Length - BlockLength)), AllLanes << (BlockLength - tail) & AllLanes, ref characters, ref words, ref letters, ref kana, ref han, ref inWord))
                    {
                        break;
                    }
                }
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
    /// Sixteen characters at once (one 256-bit vector), with the same counts as the scalar loop, from bit masks over
    /// the characters' classes: when all are ASCII (English prose, code, Markdown), or all are ASCII, kana, Han (the
    /// scalar loop's BMP ranges), the ideographic space or CJK and full-width punctuation that is neither letter nor
    /// digit (Japanese prose: 、。「」（）！？…). Only the <paramref name="lanes"/> set are counted (a tail block
    /// masks off the lanes counted before). A word starts at an ASCII letter or digit not preceded by one or by a
    /// joiner (' - _) that continues one; every other character here ends a word. A block with any other character is
    /// left to the scalar loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAddBlock(Vector256<ushort> chars, uint lanes, ref int characters, ref int words, ref int letters, ref int kana, ref int han, ref int inWord)
    {
        Vector256<ushort> ascii;
        uint kanaBits = 0, hanBits = 0, otherCounted = 0;
        if ((chars & Vector256.Create((ushort)0xFF80)) == Vector256<ushort>.Zero)
        {
            ascii = chars;
        }
        else
        {
            var kanaMask = InRange(chars, 0x3040, 0x30FF);
            var hanMask = InRange(chars, 0x4E00, 0x9FFF) | InRange(chars, 0x3400, 0x4DBF);
            var punctuationMask = Punctuation(chars);
            var asciiMask = Vector256.LessThan(chars, Vector256.Create((ushort)0x80));
            var spaceMask = Vector256.Equals(chars, Vector256.Create((ushort)0x3000));
            if ((asciiMask | kanaMask | hanMask | punctuationMask | spaceMask) != Vector256<ushort>.AllBitsSet)
            {
                return false;
            }

            ascii = chars & asciiMask;
            kanaBits = kanaMask.ExtractMostSignificantBits();
            hanBits = hanMask.ExtractMostSignificantBits();
            otherCounted = kanaBits | hanBits | punctuationMask.ExtractMostSignificantBits();
        }

        var joiners = Vector256.Equals(ascii, Vector256.Create((ushort)'\''))
            | Vector256.Equals(ascii, Vector256.Create((ushort)'-'))
            | Vector256.Equals(ascii, Vector256.Create((ushort)'_'));
        var asciiCounted = Vector256.GreaterThan(ascii, Vector256.Create((ushort)' ')) & ~Vector256.Equals(ascii, Vector256.Create((ushort)0x7F));
        var countedBits = asciiCounted.ExtractMostSignificantBits() | otherCounted;
        var letter = Vector256.LessThan((ascii | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digit = Vector256.LessThan(ascii - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var letterBits = letter.ExtractMostSignificantBits() & lanes;
        var wordBits = (letterBits | digit.ExtractMostSignificantBits()) & lanes;

        // The scalar loop's word state, for all lanes at once: after a lane it is set by a word character, kept by a
        // joiner (don't, well-known, snake_case) and cleared by anything else. A run of joiners keeps the state of the
        // lane before the run: the state enters the run at its lowest lane, and adding that bit to the run's bits
        // carries it up through the whole run (the bits the addition changes). The carried-in state stands before
        // the first counted lane.
        var joinerBits = joiners.ExtractMostSignificantBits() & lanes;
        var carriedIn = (uint)inWord << BitOperations.TrailingZeroCount(lanes);
        var entering = ((wordBits << 1) | carriedIn) & joinerBits;
        var state = wordBits | (((entering + joinerBits) ^ joinerBits) & joinerBits);
        var starts = wordBits & ~((state << 1) | carriedIn);
        characters += BitOperations.PopCount(countedBits & lanes);
        letters += BitOperations.PopCount(letterBits);
        words += BitOperations.PopCount(starts);
        kana += BitOperations.PopCount(kanaBits & lanes);
        han += BitOperations.PopCount(hanBits & lanes);
        inWord = (int)((state >> (BlockLength - 1)) & 1);
        return true;
    }

    private static Vector256<ushort> InRange(Vector256<ushort> chars, ushort first, ushort last) =>
        Vector256.LessThanOrEqual(chars - Vector256.Create(first), Vector256.Create((ushort)(last - first)));

    /// <summary>CJK and full-width punctuation and symbols that are neither letters, digits nor marks (so AddRune would count each and end a word).</summary>
    private static Vector256<ushort> Punctuation(Vector256<ushort> chars) =>
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
