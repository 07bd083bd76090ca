using Scriban.Runtime;

namespace Pipeline.Rendering.Templates;

/// <summary>The few words a layout prints itself, in the page's language (Japanese or English for now); none needs escaping.</summary>
public static class PageLabels
{
    public static ScriptObject For(string lang, int readingMinutes)
    {
        ArgumentNullException.ThrowIfNull(lang);
        var japanese = lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
        return new ScriptObject(6)
        {
            ["toc"] = japanese ? "目次" : "Contents",
            ["tags"] = japanese ? "タグ" : "Tags",
            ["home"] = japanese ? "記事一覧" : "All articles",
            ["published"] = japanese ? "公開" : "Published",
            ["updated"] = japanese ? "更新" : "Updated",
            ["reading_time"] = japanese ? $"約{readingMinutes}分で読めます" : $"{readingMinutes} min read",
        };
    }
}
