using System.Security.Cryptography;
using System.Text;
using Markdig;
using Pipeline.Core.Drafts;

namespace Pipeline.Core.Rendering;

/// <summary>
/// PLACEHOLDER (foundation commit): the smallest renderer that satisfies <see cref="IArticleRenderer"/>,
/// so storage and hosts can be built in parallel. Issue 2 replaces it with the staged pipeline.
/// </summary>
public sealed class ArticleRenderer : IArticleRenderer
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public string Version => "0-placeholder";

    public Article Render(DraftSource source)
    {
        var text = Encoding.UTF8.GetString(source.Content.Span).Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DraftException(DraftErrorKind.Empty, "the draft is empty");
        }

        var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].TrimStart('#', ' ').Trim();
        var body = Markdig.Markdown.ToHtml(text, Markdown);
        var slug = Path.GetFileNameWithoutExtension(source.Path).ToLowerInvariant();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var metadata = new ArticleMetadata
        {
            SourcePath = source.Path,
            Title = title,
            Slug = slug,
            Lang = "en",
            ContentHash = hash,
            RendererVersion = Version,
        };
        var page = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title></head><body>{body}</body></html>";
        return new Article(metadata, body, page);
    }
}
