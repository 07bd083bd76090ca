namespace Pipeline.Rendering.Text;

/// <summary>
/// Guesses a draft's language from the share of each script. A few kanji in an English post do not flip
/// it to Japanese: the share must be substantial, and kana decide Japanese over Chinese.
/// </summary>
public static class LanguageDetector
{
    public static string Detect(TextStatistics statistics, string fallback)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var letters = statistics.Kana + statistics.Han + statistics.Hangul + statistics.OtherLetters;
        if (letters == 0)
        {
            return fallback;
        }

        if (statistics.Hangul * 10 >= letters * 3)
        {
            return "ko";
        }

        // Compare in reading units: a Han or kana character carries about as much as a spaced word,
        // so "Azure Functions で blob trigger を使います" is Japanese, while a quoted phrase in an English post is not.
        var cjk = statistics.Kana + statistics.Han;
        if (cjk * 3 >= cjk + statistics.SpacedWords)
        {
            // Japanese prose is rarely under a few percent kana; Chinese has none.
            return statistics.Kana * 20 >= cjk ? "ja" : "zh";
        }

        return fallback;
    }

    /// <summary>Han, kana and Hangul text is measured in characters, not words, and gets shorter excerpts.</summary>
    public static bool IsCjk(string lang) =>
        lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
        || lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        || lang.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
}
