using System.Security.Cryptography;

namespace Pipeline.Publishing.Stores;

/// <summary>A draft's bytes, all from the one <see cref="DraftVersion"/> they were read at.</summary>
public sealed record DraftContent(DraftVersion Version, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// The version with its <see cref="DraftVersion.ContentMd5"/> kept only when it is the MD5 of these bytes: the
    /// service computes it for a Put Blob, but a client can set the property to anything (Set Blob Properties, a
    /// block list's <c>x-ms-blob-content-md5</c>), and the index must never take a wrong one for the live bytes.
    /// </summary>
    public DraftVersion VerifiedMd5()
    {
        if (Version.ContentMd5 is not { } reported)
        {
            return Version;
        }

        var actual = Convert.ToBase64String(MD5.HashData(Content.Span));
        return actual == reported ? Version : Version with { ContentMd5 = null };
    }
}
