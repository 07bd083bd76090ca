using System.Text;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.FrontMatter;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering;

/// <summary>Stage 5: front matter + document analysis → <see cref="ArticleMetadata"/> (title, slug, language, excerpt, counts…).</summary>
internal static class ArticleMetadataFactory
{
    /// <param name="slugFromFileName">Zenn drafts: without a front-matter <c>slug</c>, the file name is the slug when it is a valid one.</param>
    public static ArticleMetadata Create(ParsedDraft draft, DocumentAnalysis analysis, string defaultLanguage, string rendererVersion, bool slugFromFileName = false)
    {
        var front = draft.FrontMatter;
        var title = front.Title ?? analysis.Title ?? FallbackTitle(draft.Decoded.Path);
        var lang = front.Lang ?? DetectLanguage(analysis.Statistics, title, defaultLanguage);
        return new ArticleMetadata(draft.Decoded.DeferredContentHash)
        {
            SourcePath = draft.Decoded.Path,
            Title = title,
            Slug = front.Slug is { } explicitSlug ? ExplicitSlug(explicitSlug)
                : (slugFromFileName ? SlugFromFileName(draft.Decoded.Path) : null) ?? SlugFromTitle(title, draft.Decoded.Path),
            Lang = lang,
            Date = front.Date,
            Updated = front.Updated,
            Draft = front.Draft,
            Tags = front.Tags,
            Excerpt = Excerpt(front, analysis, lang),
            Summary = front.Summary,
            Authors = front.Authors,
            // Image is set by the renderer once the body has resolved its assets (ArticleAssets.FirstSocialImage).
            Aliases = front.Aliases,
            ReadingMinutes = analysis.Statistics.ReadingMinutes,
            CharCount = analysis.Statistics.Characters,
            WordCount = analysis.Statistics.Words,
            Toc = analysis.Toc,
            FrameSources = analysis.FrameSources,
            HasDiagrams = analysis.HasDiagrams,
            KeyPoints = analysis.KeyPoints,
            Citations = analysis.Citations,
            RendererVersion = rendererVersion,
            Extra = front.Extra,
        };
    }

    private static string DetectLanguage(TextStatistics body, string title, string defaultLanguage)
    {
        if (body.Kana + body.Han + body.Hangul + body.OtherLetters > 0)
        {
            return LanguageDetector.Detect(body, defaultLanguage);
        }

        var titleOnly = new TextStatistics();
        titleOnly.Add(title);
        return LanguageDetector.Detect(titleOnly, defaultLanguage);
    }

    /// <summary>Front-matter summary, else the text before &lt;!--more--&gt;, else whole sentences of the lead within the language's limit.</summary>
    private static string Excerpt(DraftFrontMatter front, DocumentAnalysis analysis, string lang)
    {
        if (front.Summary is { } summary)
        {
            return WhiteSpace.Collapse(summary);
        }

        return analysis.LeadIsExplicit
            ? WhiteSpace.Collapse(analysis.LeadText)
            : Excerpts.FromLead(analysis.LeadText, LanguageDetector.IsCjk(lang) ? Excerpts.CjkLimit : Excerpts.SpacedLimit);
    }

    private static string SlugFromTitle(string title, string path)
    {
        var slug = Slugs.FromText(title);
        return slug.Length > 0 ? slug : Slugs.FromPath(path);
    }

    /// <summary>An author's slug is kept as written (NFKC, lower-case) but must be one safe path segment.</summary>
    private static string ExplicitSlug(string slug) => SlugProblem(slug, out var value) is { } problem
        ? throw new DraftException(DraftErrorKind.InvalidSlug, $"slug {TextPreview.Quote(slug)} {problem}")
        : value;

    /// <summary>The file name without its extension under the explicit-slug rules, or null when it breaks them (then the title decides).</summary>
    private static string? SlugFromFileName(string path) =>
        SlugProblem(Path.GetFileNameWithoutExtension(path), out var value) is null ? value : null;

    /// <summary>What makes <paramref name="slug"/> unusable as one safe path segment, or null; <paramref name="value"/> is its normal form.</summary>
    private static string? SlugProblem(string slug, out string value)
    {
        value = slug.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        foreach (var rune in value.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && rune.Value is not ('-' or '_' or '.'))
            {
                return "may hold only letters, digits, '-', '_' and '.'";
            }
        }

        return value.Length is 0 or > Slugs.MaxLength * 2 || value.StartsWith('.') || value.Contains("..", StringComparison.Ordinal)
            ? $"must be 1–{Slugs.MaxLength * 2} characters and must not start with '.' or contain '..'"
            : null;
    }

    /// <summary>The file name without its extensions ("news/summit.ja.txt" → "summit"), or "untitled".</summary>
    private static string FallbackTitle(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        return string.IsNullOrWhiteSpace(stem) ? "untitled" : stem;
    }
}
