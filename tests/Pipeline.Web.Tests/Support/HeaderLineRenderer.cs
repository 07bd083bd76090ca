using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Assets;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Web.Tests.Support;

/// <summary>
/// A renderer whose metadata the HTTP tests control exactly: <c>key: value</c> lines (title, slug, date, tags,
/// lang, frames: space-separated frame origins, diagrams: true, warnings: <c>LINE message</c> items separated by <c>|</c>) up to the first blank line, then the body. Rendering itself is tested with the real renderer elsewhere;
/// here it only has to give each draft a known slug, date and tags. An empty draft fails as the real one does.
/// </summary>
internal sealed class HeaderLineRenderer : IArticleRenderer
{
    public string Version => "web-tests-1";

    public Article Render(DraftSource source, IAssetResolver assets)
    {
        var text = Encoding.UTF8.GetString(source.Content.Span);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DraftException(DraftErrorKind.Empty, "the draft is empty");
        }

        var lines = text.Split('\n');
        var headers = lines.TakeWhile(line => line.Trim().Length > 0)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
        var body = string.Join('\n', lines.SkipWhile(line => line.Trim().Length > 0)).Trim();
        var title = headers.GetValueOrDefault("title") ?? Path.GetFileNameWithoutExtension(source.Path);
        var metadata = new ArticleMetadata
        {
            SourcePath = source.Path,
            Title = title,
            Slug = headers.GetValueOrDefault("slug") ?? Path.GetFileNameWithoutExtension(source.Path),
            Lang = headers.GetValueOrDefault("lang") ?? "en",
            Date = headers.TryGetValue("date", out var date) ? DateTimeOffset.Parse(date, CultureInfo.InvariantCulture) : null,
            Tags = headers.TryGetValue("tags", out var tags) ? tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [],
            Excerpt = body.Length > 80 ? body[..80] : body,
            Toc = [new TocEntry(2, "intro", "Intro")],
            FrameSources = headers.TryGetValue("frames", out var frames) ? frames.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [],
            HasDiagrams = headers.GetValueOrDefault("diagrams") == "true",
            ReadingMinutes = 1,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            RendererVersion = Version,
        };
        var bodyHtml = $"<p>{WebUtility.HtmlEncode(body)}</p>";
        var page = $"<!doctype html><html lang=\"{metadata.Lang}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>{bodyHtml}</body></html>";
        return new Article(metadata, bodyHtml, page) { Warnings = headers.TryGetValue("warnings", out var warnings) ? Warnings(warnings) : [] };
    }

    private static List<RenderWarning> Warnings(string header)
    {
        var warnings = new List<RenderWarning>();
        foreach (var item in header.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(' ', 2);
            warnings.Add(new RenderWarning(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]));
        }

        return warnings;
    }
}
