using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Web.Http;

/// <summary>Strong entity tags and the <c>If-None-Match</c> check (RFC 9110 §13.1.2, weak comparison).</summary>
public static class EntityTags
{
    /// <summary>A strong ETag derived from the exact bytes sent, so equal bodies always carry equal tags.</summary>
    public static string ForContent(ReadOnlySpan<byte> body) =>
        "\"" + Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 18)) + "\"";

    /// <summary>True when the request's <c>If-None-Match</c> names <paramref name="etag"/> (or <c>*</c>).</summary>
    public static bool NoneMatchHits(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
