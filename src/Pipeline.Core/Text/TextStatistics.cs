using System.Text;

namespace Pipeline.Core.Text;

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
        // ASCII dominates most drafts (Markdown, URLs, code, English): a table lookup with the counters in
        // locals, falling back to Unicode properties only for other characters.
        var classes = AsciiClasses;
        int characters = 0, words = 0, letters = 0;
        var inWord = _inWord;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                switch (classes[c])
                {
                    case Space:
                        inWord = false;
                        continue;
                    case Letter:
                        letters++;
                        goto case Digit;
                    case Digit:
                        characters++;
                        if (!inWord)
                        {
                            words++;
                            inWord = true;
                        }

                        continue;
                    case Joiner:
                        // ' - _ inside a word (don't, well-known, snake_case) keep it one word.
                        characters++;
                        continue;
                    default:
                        characters++;
                        inWord = false;
                        continue;
                }
            }

            _inWord = inWord;
            if (!char.IsSurrogate(c))
            {
                AddRune(new Rune(c));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AddRune(new Rune(c, text[++i]));
            }

            inWord = _inWord;
        }

        _inWord = inWord;
        Characters += characters;
        SpacedWords += words;
        OtherLetters += letters;
    }

    private const byte Space = 0;
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Joiner = 3;
    private const byte Other = 4;

    private static readonly byte[] AsciiClasses = CreateAsciiClasses();

    private static byte[] CreateAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = c <= ' ' || c == 0x7F ? Space
                : char.IsAsciiLetter((char)c) ? Letter
                : char.IsAsciiDigit((char)c) ? Digit
                : c is '\'' or '-' or '_' ? Joiner
                : Other;
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
