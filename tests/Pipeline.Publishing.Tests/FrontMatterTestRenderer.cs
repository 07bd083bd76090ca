using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Drafts;
using Pipeline.Core.Rendering;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// A small but real renderer for the publisher's tests: YAML-style front matter (<c>title slug date draft tags
/// aliases</c>, flow lists) over a plain body, failing with <see cref="DraftException"/> as the production renderer
/// does. The production renderer is still a placeholder without front matter on this branch; the drafts these tests
/// write are valid for the real one too. <see cref="BeforeRender"/> lets a test act while a publish is in flight.
/// </summary>
public sealed class FrontMatterTestRenderer : IArticleRenderer
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Version { get; set; } = "test-1";

    /// <summary>Runs (on the thread pool) before each render: simulates what happens elsewhere during a publish.</summary>
    public Func<DraftSource, Task>? BeforeRender { get; set; }

    public Article Render(DraftSource source)
    {
        if (BeforeRender is { } hook)
        {
            Task.Run(() => hook(source)).GetAwaiter().GetResult();
        }

        if (source.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new DraftException(DraftErrorKind.UnsupportedType, "only .md and .txt drafts are supported");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(source.Content.Span).Normalize(NormalizationForm.FormC);
        }
        catch (DecoderFallbackException)
        {
            throw new DraftException(DraftErrorKind.NotText, "the draft is not UTF-8 text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DraftException(DraftErrorKind.Empty, "the draft is empty");
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodyStart = 0;
        if (lines[0] == "---")
        {
            var end = Array.IndexOf(lines, "---", 1);
            if (end < 0)
            {
                throw new DraftException(DraftErrorKind.FrontMatter, "the front matter is not closed with ---", 1);
            }

            for (var i = 1; i < end; i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new DraftException(DraftErrorKind.FrontMatter, $"expected 'key: value' but found '{lines[i]}'", i + 1);
                }

                fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }

            bodyStart = end + 1;
        }

        if (fields.TryGetValue("explode", out _))
        {
            throw new InvalidOperationException("renderer bug");
        }

        var body = string.Join('\n', lines[bodyStart..]).Trim();
        var title = fields.GetValueOrDefault("title") ?? body.Split('\n')[0];
        var slug = fields.GetValueOrDefault("slug") ?? Path.GetFileNameWithoutExtension(source.Path);
        var metadata = new ArticleMetadata
        {
            SourcePath = source.Path,
            Title = title,
            Slug = slug,
            Lang = fields.GetValueOrDefault("lang") ?? "en",
            Date = fields.TryGetValue("date", out var date) ? DateTimeOffset.Parse(date, CultureInfo.InvariantCulture) : null,
            Draft = fields.GetValueOrDefault("draft") == "true",
            Tags = List(fields.GetValueOrDefault("tags")),
            Aliases = List(fields.GetValueOrDefault("aliases")),
            Excerpt = body.Length > 80 ? body[..80] : body,
            ReadingMinutes = 1 + body.Length / 500,
            Toc = [new TocEntry(2, "intro", "Intro")],
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            RendererVersion = Version,
        };
        var html = $"<!doctype html><html lang=\"{metadata.Lang}\"><title>{WebUtility.HtmlEncode(title)}</title><p>{WebUtility.HtmlEncode(body)}</p><!-- {Version} --></html>";
        return new Article(metadata, $"<p>{WebUtility.HtmlEncode(body)}</p>", html);
    }

    private static string[] List(string? value) =>
        value is null ? [] : value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
