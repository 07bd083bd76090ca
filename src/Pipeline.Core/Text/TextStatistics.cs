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
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                AddAscii(c);
            }
            else if (!char.IsSurrogate(c))
            {
                AddRune(new Rune(c));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AddRune(new Rune(c, text[++i]));
            }
        }
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

    private void AddAscii(char c)
    {
        if (c <= ' ')
        {
            _inWord = false;
            return;
        }

        Characters++;
        if (char.IsAsciiLetterOrDigit(c))
        {
            if (char.IsAsciiLetter(c))
            {
                OtherLetters++;
            }

            StartOrContinueWord();
        }
        else if (c is not ('\'' or '-' or '_') || !_inWord)
        {
            _inWord = false;
        }
    }

    private void StartOrContinueWord()
    {
        if (!_inWord)
        {
            SpacedWords++;
            _inWord = true;
        }
    }
}
