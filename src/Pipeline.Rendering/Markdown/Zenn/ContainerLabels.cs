using Markdig.Syntax;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Accessible names of message boxes and the default summary of a titleless <c>:::details</c>, in the article's
/// language: the renderer stores the language on the document (<see cref="SetLanguage"/>) before rendering.
/// </summary>
public static class ContainerLabels
{
    private const string LanguageKey = "Pipeline.Lang";

    public static void SetLanguage(MarkdownDocument document, string lang)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetData(LanguageKey, lang);
    }

    public static string Message(Block block) => Japanese(block) ? "メッセージ" : "Note";

    public static string Alert(Block block) => Japanese(block) ? "警告" : "Warning";

    public static string Details(Block block) => Japanese(block) ? "詳細" : "Details";

    private static bool Japanese(Block block)
    {
        Block? root = block;
        while (root?.Parent is { } parent)
        {
            root = parent;
        }

        return root?.GetData(LanguageKey) is string lang && lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
    }
}
