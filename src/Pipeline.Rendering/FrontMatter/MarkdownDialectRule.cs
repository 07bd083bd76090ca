using Pipeline.Rendering.Markdown;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Which dialect a draft's front matter asks for: <c>markdown: zenn</c> or <c>markdown: commonmark</c> says so;
/// otherwise a field only Zenn uses (<c>emoji</c>, <c>topics</c>, or <c>type: tech</c>/<c>idea</c>) makes it Zenn.
/// <c>published</c> is not one of them although every Zenn article has it: Jekyll posts carry it too, and reading a
/// Jekyll post as Zenn would turn its single newlines into line breaks and take its file name as slug. Null when the front matter does not tell: the site's <c>Pipeline:Site:MarkdownDialect</c> decides.
/// </summary>
internal static class MarkdownDialectRule
{
    public const string Key = "markdown";

    private static readonly string[] ZennOnlyKeys = ["emoji", "topics"];
    private static readonly string[] ZennTypes = ["tech", "idea"];

    public static MarkdownDialect? Detect(List<RawField> fields, Func<RawField, string> asString)
    {
        foreach (var field in fields)
        {
            if (field.Value is not null && field.Key.Equals(Key, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.TryParse<MarkdownDialect>(asString(field), ignoreCase: true, out var declared)
                    ? declared
                    : throw new Drafts.DraftException(Drafts.DraftErrorKind.FrontMatter, $"front matter field '{field.Key}' must be zenn or commonmark", field.Line);
            }
        }

        foreach (var field in fields)
        {
            if (field.Value is null)
            {
                continue;
            }

            if (ZennOnlyKeys.Contains(field.Key, StringComparer.OrdinalIgnoreCase)
                || (field.Key.Equals("type", StringComparison.OrdinalIgnoreCase) && field.Value is string type && ZennTypes.Contains(type.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                return MarkdownDialect.Zenn;
            }
        }

        return null;
    }
}
