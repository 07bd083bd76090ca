using System.Text.RegularExpressions;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn's embed names and how each resolves (zenn-editor <c>zenn-markdown-html</c> is the reference): a YouTube
/// id must be 11 characters of <c>[A-Za-z0-9_-]</c> and plays from <c>youtube-nocookie.com</c>; every other kind
/// becomes a static link card to an http(s) URL on the service's own host (ids of Speaker Deck and SlideShare are
/// turned into their player URL). Tokens over 300 characters are refused as Zenn does (cards have no limit).
/// Anything else is a <see cref="Embed.Problem"/> shown to the reader instead of the embed.
/// </summary>
public static partial class EmbedRules
{
    public const string YouTubeOrigin = "https://www.youtube-nocookie.com";

    /// <summary>Zenn's limit on an embed's URL or token.</summary>
    public const int MaxTokenLength = 300;

    private static readonly Dictionary<string, (string Label, string[] Hosts)> UrlKinds = new(StringComparer.Ordinal)
    {
        ["card"] = ("", []),
        ["tweet"] = ("X (Twitter)", ["twitter.com", "x.com"]),
        ["gist"] = ("GitHub Gist", ["gist.github.com"]),
        ["github"] = ("GitHub", ["github.com"]),
        ["codepen"] = ("CodePen", ["codepen.io"]),
        ["stackblitz"] = ("StackBlitz", ["stackblitz.com"]),
        ["codesandbox"] = ("CodeSandbox", ["codesandbox.io"]),
        ["jsfiddle"] = ("JSFiddle", ["jsfiddle.net"]),
        ["figma"] = ("Figma", ["figma.com", "www.figma.com", "embed.figma.com"]),
        ["blueprintue"] = ("blueprintUE", ["blueprintue.com"]),
        ["docswell"] = ("Docswell", ["www.docswell.com", "docswell.com"]),
    };

    private static readonly Dictionary<string, (string Label, string UrlPrefix)> IdKinds = new(StringComparer.Ordinal)
    {
        ["speakerdeck"] = ("Speaker Deck", "https://speakerdeck.com/player/"),
        ["slideshare"] = ("SlideShare", "https://www.slideshare.net/slideshow/embed_code/key/"),
    };

    public static bool IsKnown(string kind) => kind == "youtube" || UrlKinds.ContainsKey(kind) || IdKinds.ContainsKey(kind);

    public static Embed Resolve(string kind, string token)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(token);
        var source = "@[" + kind + "](" + token + ")";
        token = token.Trim();
        if (kind != "card" && token.Length > MaxTokenLength)
        {
            return Problem(kind, source, $"embed URLs and ids must be at most {MaxTokenLength} characters");
        }

        if (kind == "youtube")
        {
            return YouTube(token, source);
        }

        if (IdKinds.TryGetValue(kind, out var idKind))
        {
            return SafeId().IsMatch(token)
                ? new Embed { Kind = kind, Source = source, CardUrl = idKind.UrlPrefix + token, CardLabel = idKind.Label }
                : Problem(kind, source, $"not a valid {idKind.Label} id");
        }

        if (!UrlKinds.TryGetValue(kind, out var urlKind))
        {
            return Problem(kind, source, $"unknown embed '{kind}'");
        }

        if (!TryWebUrl(token, out var url))
        {
            return Problem(kind, source, "not a valid http(s) URL");
        }

        if (urlKind.Hosts.Length > 0 && !urlKind.Hosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return Problem(kind, source, $"{urlKind.Label} embeds take a URL on {urlKind.Hosts[0]}");
        }

        return new Embed { Kind = kind, Source = source, CardUrl = url.AbsoluteUri, CardLabel = urlKind.Label.Length > 0 ? urlKind.Label : null };
    }

    /// <summary>A bare URL alone on a line: a YouTube player when it names a video, else a link card.</summary>
    public static Embed ForBareUrl(string url, string? title)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (TryWebUrl(url, out var parsed) && YouTubeId(parsed) is { } id)
        {
            return YouTube(id, url);
        }

        return TryWebUrl(url, out parsed)
            ? new Embed { Kind = "card", Source = url, CardUrl = parsed.AbsoluteUri, CardTitle = title }
            : Problem("card", url, "not a valid http(s) URL");
    }

    /// <summary>An absolute http(s) URL with a host and nothing a browser would read differently from us.</summary>
    public static bool TryWebUrl(string text, out Uri url)
    {
        url = null!;
        if (text.Length == 0 || text.AsSpan().IndexOfAny(" \"'<>`\\\t\r\n") >= 0
            || !Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("http" or "https") || string.IsNullOrEmpty(parsed.Host) || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }

        url = parsed;
        return true;
    }

    private static Embed YouTube(string id, string source) => YouTubeVideoId().IsMatch(id)
        ? new Embed { Kind = "youtube", Source = source, FrameUrl = YouTubeOrigin + "/embed/" + id, FrameOrigin = YouTubeOrigin, FrameTitle = "YouTube" }
        : Problem("youtube", source, "not a valid YouTube video id");

    /// <summary><c>youtube.com/watch?v=ID</c> or <c>youtu.be/ID</c> → the id, else null.</summary>
    private static string? YouTubeId(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        var candidate = host switch
        {
            "youtu.be" => url.AbsolutePath.TrimStart('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" when url.AbsolutePath == "/watch" =>
                url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "v")?[1],
            _ => null,
        };
        return candidate is not null && YouTubeVideoId().IsMatch(candidate) ? candidate : null;
    }

    private static Embed Problem(string kind, string source, string problem) => new() { Kind = kind, Source = source, Problem = problem };

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeVideoId();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex SafeId();
}
