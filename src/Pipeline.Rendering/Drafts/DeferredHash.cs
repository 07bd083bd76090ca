using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Rendering.Drafts;

/// <summary>
/// A draft's content hash (SHA-256, lower-case hex), computed the first time it is read. Rendering never reads it:
/// the publisher does, and hands in the hash of the bytes it has already computed to recognise a re-upload
/// (<see cref="DraftSource.Sha256"/>), so a publish hashes a draft once; a batch render, which stores no hash, never does.
/// Two hashes are equal when their values are, so records holding one keep their value equality.
/// </summary>
internal sealed class DeferredHash : IEquatable<DeferredHash>
{
    private string? _value;
    private object? _source;

    private DeferredHash(string? value, object? source)
    {
        _value = value;
        _source = source;
    }

    public string Value
    {
        get
        {
            if (Volatile.Read(ref _value) is { } value)
            {
                return value;
            }

            // Computed at most once per reader that gets here first; the same value either way (a benign race).
            // The source is dropped once the value is there, so the draft's bytes or text are not kept alive by it.
            var source = Volatile.Read(ref _source);
            if (source is null)
            {
                return Volatile.Read(ref _value)!;
            }

            value = Convert.ToHexStringLower(source is string text ? SHA256.HashData(Encoding.UTF8.GetBytes(text)) : SHA256.HashData(((ReadOnlyMemory<byte>)source).Span));
            Volatile.Write(ref _value, value);
            Volatile.Write(ref _source, null);
            return value;
        }
    }

    public static DeferredHash Known(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>The hash of <paramref name="utf8"/> itself: the draft's bytes when decoding changed nothing.</summary>
    public static DeferredHash OfBytes(ReadOnlyMemory<byte> utf8) => new(null, utf8);

    /// <summary>The hash of <paramref name="text"/> as UTF-8: a draft that decoding re-encoded or normalised.</summary>
    public static DeferredHash OfText(string text) => new(null, text ?? throw new ArgumentNullException(nameof(text)));

    public bool Equals(DeferredHash? other) => other is not null && (ReferenceEquals(this, other) || string.Equals(Value, other.Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as DeferredHash);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}
