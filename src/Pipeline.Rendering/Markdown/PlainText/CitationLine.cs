namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// The line that closes a cited source: <c>さらに読む ⇒{source name}出典/画像元: {URL}{commentary}</c>. The name is
/// the text between the arrow and <c>出典</c> (<c>出典</c>, <c>出典/画像元</c> or <c>出典／画像元</c>, then <c>:</c> or
/// <c>：</c>); the URL must follow at once; whatever follows the URL on the line is the author's commentary.
/// </summary>
/// <param name="More">The line's opening words (<c>さらに読む</c>), kept as the caption's lead-in.</param>
/// <param name="Credit">The credit label as written (<c>出典/画像元</c>), without its colon.</param>
/// <param name="Commentary">Text after the URL, or empty.</param>
internal sealed record CitationLine(string More, string Name, string Credit, string Url, string Commentary)
{
    private const string MorePrefix = "さらに読む";
    private const string CreditPrefix = "出典";

    public static CitationLine? Parse(string line)
    {
        if (!line.StartsWith(MorePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var arrow = line.AsSpan(MorePrefix.Length).TrimStart();
        if (arrow.IsEmpty || arrow[0] is not ('⇒' or '→'))
        {
            return null;
        }

        var afterArrow = line.Length - arrow.Length + 1;
        var credit = line.IndexOf(CreditPrefix, afterArrow, StringComparison.Ordinal);
        if (credit < 0)
        {
            return null;
        }

        var creditEnd = credit + CreditPrefix.Length;
        if (string.CompareOrdinal(line, creditEnd, "/画像元", 0, 4) == 0 || string.CompareOrdinal(line, creditEnd, "／画像元", 0, 4) == 0)
        {
            creditEnd += 4;
        }

        var colon = SkipSpaces(line, creditEnd);
        if (colon >= line.Length || line[colon] is not (':' or '：'))
        {
            return null;
        }

        var urlStart = SkipSpaces(line, colon + 1);
        if (PlainTextUrls.Find(line, urlStart) != urlStart)
        {
            return null;
        }

        var urlEnd = PlainTextUrls.End(line, urlStart);
        return new CitationLine(
            MorePrefix,
            line[afterArrow..credit].Trim(),
            line[credit..creditEnd],
            line[urlStart..urlEnd],
            line[urlEnd..].Trim());
    }

    /// <summary>The source's name, or the URL's host when the line names none.</summary>
    public string DisplayName => Name.Length > 0 ? Name : Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : Url;

    private static int SkipSpaces(string line, int index)
    {
        while (index < line.Length && line[index] is ' ' or '\u3000')
        {
            index++;
        }

        return index;
    }
}
