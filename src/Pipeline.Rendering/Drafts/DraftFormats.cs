namespace Pipeline.Rendering.Drafts;

/// <summary>Maps draft file names to formats; anything else is not a draft.</summary>
public static class DraftFormats
{
    public static bool TryGet(string path, out DraftFormat format)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            format = DraftFormat.Markdown;
            return true;
        }

        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            format = DraftFormat.PlainText;
            return true;
        }

        format = default;
        return false;
    }

    public static DraftFormat Get(string path) => TryGet(path, out var format)
        ? format
        : throw new DraftException(
            DraftErrorKind.UnsupportedType,
            $"'{System.IO.Path.GetFileName(path)}' is not a draft: use .md, .markdown or .txt");
}
