using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Http;

namespace Pipeline.Web.Static;

/// <summary>
/// <c>GET /static/mermaid-{version}.min.js</c> (<see cref="SitePaths.MermaidScript"/>): the vendored diagram script, from
/// this assembly, cached by browsers and CDNs for a year as immutable (a new version has a new name). Stored
/// gzip-compressed (<c>mermaid.min.js.gz</c>, 5.5 MB → 1.6 MB) and sent so to clients that accept gzip; the rare
/// client that does not gets it inflated once. The ETag differs per encoding.
/// </summary>
public sealed class DiagramScriptHandler
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    private const string ResourceName = "Pipeline.Web.Static.mermaid.min.js.gz";

    private static readonly Lazy<Variant> Gzip = new(() => Variant.Of(Read(), "gzip"));
    private static readonly Lazy<Variant> Identity = new(() => Variant.Of(Inflate(Gzip.Value.Body), encoding: null));

    /// <summary>The script's bytes as shipped (what the page's integrity hash covers).</summary>
    public static ReadOnlyMemory<byte> Content => Identity.Value.Body;

    public IResult Handle(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var variant = AcceptsGzip(request) ? Gzip.Value : Identity.Value;
        var result = new ValidatedResult(variant.Body, ContentTypes.JavaScript, variant.ETag, CacheControl);
        if (variant.Encoding is { } encoding)
        {
            result.ExtraHeaders[HeaderNames.ContentEncoding] = encoding;
        }

        return result;
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(value => value?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true);

    private static byte[] Read()
    {
        using var stream = typeof(DiagramScriptHandler).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The diagram script {ResourceName} is not embedded in {typeof(DiagramScriptHandler).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Inflate(ReadOnlyMemory<byte> compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private sealed record Variant(ReadOnlyMemory<byte> Body, string ETag, string? Encoding)
    {
        public static Variant Of(byte[] body, string? encoding) => new(body, EntityTags.ForContent(body), encoding);
    }
}
