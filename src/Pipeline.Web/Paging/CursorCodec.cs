using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Web.Paging;

/// <summary>
/// Turns a storage position into an opaque, tamper-evident listing cursor and back. The cursor carries the
/// listing it belongs to (its scope, e.g. the tag key) and an HMAC-SHA256 over scope and position, so a cursor
/// edited by hand, signed with another key or taken from another listing is rejected rather than followed.
/// </summary>
public sealed class CursorCodec
{
    /// <summary>Longest cursor accepted; a real one is far shorter.</summary>
    public const int MaxLength = 2048;

    private const byte FormatVersion = 1;
    private const int MacLength = 16;

    private readonly byte[] _key;

    public CursorCodec(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("A cursor key needs at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    public string Encode(string scope, string position)
    {
        var payload = Payload(scope, position);
        var token = new byte[payload.Length + MacLength];
        payload.CopyTo(token, 0);
        Mac(payload).AsSpan(0, MacLength).CopyTo(token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The position inside <paramref name="cursor"/>, or why the cursor cannot be used for <paramref name="scope"/>.</summary>
    public CursorReading Decode(string cursor, string scope)
    {
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return CursorReading.Invalid("The cursor is malformed.");
        }

        var token = Base64Url.DecodeFromChars(cursor);
        if (token.Length <= MacLength + 1 || token[0] != FormatVersion)
        {
            return CursorReading.Invalid("The cursor is malformed.");
        }

        var payload = token.AsSpan(0, token.Length - MacLength);
        var expected = Mac(payload).AsSpan(0, MacLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, token.AsSpan(token.Length - MacLength)))
        {
            return CursorReading.Invalid("The cursor was not issued by this site or has been altered.");
        }

        if (!TrySplit(payload[1..], out var cursorScope, out var position))
        {
            return CursorReading.Invalid("The cursor is malformed.");
        }

        return cursorScope == scope
            ? CursorReading.Valid(position)
            : CursorReading.Invalid("The cursor belongs to a different listing; start again without it.");
    }

    private static byte[] Payload(string scope, string position)
    {
        // version | scope length (4 bytes) | scope | position, all UTF-8.
        var scopeBytes = Encoding.UTF8.GetBytes(scope);
        var positionBytes = Encoding.UTF8.GetBytes(position);
        var payload = new byte[1 + 4 + scopeBytes.Length + positionBytes.Length];
        payload[0] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(1, 4), scopeBytes.Length);
        scopeBytes.CopyTo(payload, 5);
        positionBytes.CopyTo(payload, 5 + scopeBytes.Length);
        return payload;
    }

    private static bool TrySplit(ReadOnlySpan<byte> body, out string scope, out string position)
    {
        scope = position = "";
        if (body.Length < 4)
        {
            return false;
        }

        var scopeLength = BinaryPrimitives.ReadInt32BigEndian(body[..4]);
        if (scopeLength < 0 || scopeLength > body.Length - 4)
        {
            return false;
        }

        scope = Encoding.UTF8.GetString(body.Slice(4, scopeLength));
        position = Encoding.UTF8.GetString(body[(4 + scopeLength)..]);
        return position.Length > 0;
    }

    private byte[] Mac(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload);
}
