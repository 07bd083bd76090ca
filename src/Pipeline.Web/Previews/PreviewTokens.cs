using System.Globalization;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Previews;

/// <summary>
/// Signed, expiring links to one draft (<c>/preview/{token}</c>). The token carries the draft path and its expiry
/// and is signed by the same HMAC code as the listing cursors (<see cref="CursorCodec"/>, under its own key and
/// scope), so a token edited by hand, pointed at another path, signed with another key or past its expiry reads as
/// nothing at all. Without a key, preview links are off: no token is issued and every one is refused.
/// </summary>
public sealed class PreviewTokens
{
    /// <summary>How long a preview link works when its issuer does not say.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    /// <summary>Cursor scope of preview tokens: a listing cursor is never a preview token, even under one key.</summary>
    private const string Scope = CursorScopes.Preview;

    private readonly CursorCodec? _codec;
    private readonly TimeProvider _clock;

    /// <param name="key">At least 32 bytes; <c>null</c> turns preview links off.</param>
    public PreviewTokens(byte[]? key, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _codec = key is null ? null : new CursorCodec(key);
        _clock = clock;
    }

    public bool IsEnabled => _codec is not null;

    /// <summary>A token for <paramref name="draftPath"/> that stops working after <paramref name="lifetime"/>.</summary>
    public string Issue(string draftPath, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftPath);
        var codec = _codec ?? throw new InvalidOperationException("No preview key is configured.");
        var expires = _clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return codec.Encode(Scope, expires.ToString(CultureInfo.InvariantCulture) + "|" + draftPath);
    }

    /// <summary>The draft path the token was issued for, or <c>null</c> when it is not a valid, unexpired token.</summary>
    public string? ReadPath(string token)
    {
        if (_codec is null || string.IsNullOrEmpty(token))
        {
            return null;
        }

        var reading = _codec.Decode(token, Scope);
        if (!reading.IsValid || reading.Position!.Split('|', 2) is not [var expiresText, { Length: > 0 } path]
            || !long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        return _clock.GetUtcNow().ToUnixTimeSeconds() < expires ? path : null;
    }
}
