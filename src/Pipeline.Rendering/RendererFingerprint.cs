using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Rendering;

/// <summary>
/// The part of the renderer version computed from what shapes a page besides the code: the source of every
/// template and partial, and every site setting (title, base URL, language, time zone and whatever is added later) except
/// those that only shape listings and feeds. Reconcile re-renders every article whose version differs, so
/// changing any of these re-renders the site progressively while the old pages stay live.
/// </summary>
internal static class RendererFingerprint
{
    /// <summary>
    /// Site settings left out: those that never appear in an article page, and the template locations, whose
    /// contents (not paths) are fingerprinted.
    /// </summary>
    private static readonly HashSet<string> NotShapingArticles = new(StringComparer.Ordinal)
    {
        nameof(SiteOptions.FeedSize), nameof(SiteOptions.FeedFullContent), nameof(SiteOptions.PageSize),
        nameof(SiteOptions.TemplatesDirectory), nameof(SiteOptions.ArticleTemplatePath),
    };

    public static string Of(TemplateSet templates, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(site);
        // The article layout is compiled here, so a broken one is a start-up error rather than a failure per draft.
        var inputs = new StringBuilder(templates.Fingerprint(TemplateSet.Article)).Append('/').Append(templates.SourcesFingerprint());
        foreach (var property in typeof(SiteOptions).GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (!NotShapingArticles.Contains(property.Name))
            {
                inputs.Append('\n').Append(property.Name).Append('=').Append(SettingJson(property.GetValue(site)));
            }
        }

        // The zone in force, not only the setting: its default follows the language, and it dates every page.
        inputs.Append("\nzone=").Append(SiteTimeZone.IdOf(site));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inputs.ToString())))[..12];
    }

    /// <summary>
    /// A setting's value as <c>JsonSerializer.Serialize</c> writes it, byte for byte (the fingerprints of deployed
    /// pages stay the same), without the serializer for the types settings have: reflection-based serialization
    /// built converters for every primitive at each start, ~75 JIT-compiled generic methods and about a tenth of a
    /// CLI run's start-up CPU (docs/benchmarks.md §2), and it is what Native AOT refused. Other types still go through
    /// the serializer.
    /// </summary>
    internal static string SettingJson(object? value) => value switch
    {
        null => "null",
        string text => "\"" + JsonEncodedText.Encode(text).Value + "\"",
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        Enum option when Enum.GetUnderlyingType(option.GetType()) == typeof(int) => Convert.ToInt32(option, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType()),
    };
}
