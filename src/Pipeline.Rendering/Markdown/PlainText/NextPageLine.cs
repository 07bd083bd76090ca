namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// The <c>次のページを読む ⇒</c> marker (or <c>次のページへ ⇒</c>): its words, without the arrow, and anything written
/// after the arrow on the same line.
/// </summary>
internal sealed record NextPageLine(string Label, string Rest)
{
    private static readonly string[] Labels = ["次のページを読む", "次のページへ"];

    public static NextPageLine? Parse(string line)
    {
        foreach (var label in Labels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line.AsSpan(label.Length).Trim();
            if (rest.IsEmpty)
            {
                return new NextPageLine(label, "");
            }

            if (rest[0] is '⇒' or '→')
            {
                return new NextPageLine(label, rest[1..].Trim().ToString());
            }
        }

        return null;
    }
}
