using AngleSharp.Html.Parser;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Markdown.Zenn;

namespace Pipeline.Fuzz.Renderer;

/// <summary>
/// One fuzz iteration: the first input byte picks the draft's file name (so both Markdown dialects — chosen by front
/// matter — and plain text are reached), the rest is the draft. A <see cref="DraftException"/> is the expected way to
/// refuse input; any other exception, or a body a browser would run code from, is a finding and is thrown to afl as a crash.
/// </summary>
public sealed class RenderHarness
{
    private static readonly string[] Paths = ["fuzz.md", "fuzz.txt", "posts/fuzz.ja.md", "news/fuzz.ja.txt"];

    private static readonly string[] ActiveElements = ["script", "object", "embed", "frame", "frameset", "base", "form", "meta", "link", "style"];

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:text/html", "data:image/svg"];

    /// <summary>Attributes a browser resolves as URLs; text attributes (alt, title) may say anything.</summary>
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background", "xlink:href"];

    /// <summary>The only frame the renderer writes: a Zenn YouTube embed.</summary>
    private const string AllowedFrameOrigin = EmbedRules.YouTubeOrigin + "/";

    private static readonly HtmlParser Parser = new();

    // Created on first use, inside the fuzz loop: instrumented code touches afl's coverage map, which SharpFuzz
    // sets up only when the loop starts (constructing it earlier aborts the fork server).
    private readonly Lazy<ArticleRenderer> _renderer = new(() => new ArticleRenderer(new RenderingOptions { Site = { BaseUrl = "https://fuzz.test/", Title = "Fuzz" } }));

    public void Render(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return;
        }

        Article article;
        try
        {
            article = _renderer.Value.Render(new DraftSource(Paths[bytes[0] % Paths.Length], bytes.AsMemory(1)));
        }
        catch (DraftException)
        {
            return;
        }

        CheckInert(article.BodyHtml);
    }

    /// <summary>Checks the body on the DOM a browser builds from it, not on its text (escaped text may say anything).</summary>
    private static void CheckInert(string body)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + body);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            if (ActiveElements.Contains(name)
                || (name == "iframe" && element.GetAttribute("src")?.StartsWith(AllowedFrameOrigin, StringComparison.Ordinal) != true))
            {
                throw new InvalidOperationException($"active element <{name}> in the body: {element.OuterHtml}");
            }

            foreach (var attribute in element.Attributes)
            {
                // Only the scheme makes a URL run code: what a URL parser sees once white space and controls are gone.
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                var url = UrlAttributes.Contains(attribute.Name.ToLowerInvariant());
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (url && ScriptSchemes.Any(scheme => value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))))
                {
                    throw new InvalidOperationException($"script-capable attribute {attribute.Name} in the body: {element.OuterHtml}");
                }
            }
        }
    }
}
