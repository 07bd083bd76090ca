using System.Buffers;
using System.Text;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Drafts;

/// <summary>
/// Stage 1: bytes → text. Detects UTF-8 (with or without BOM), UTF-16 (BOM, or the zero-byte pattern of
/// ASCII-heavy text) and Shift_JIS (Windows Japanese files), rejects what is too large or not text,
/// then normalises to NFC with <c>\n</c> line endings.
/// </summary>
public sealed class DraftDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictShiftJis = CreateShiftJis();

    private readonly long _maxBytes;

    public DraftDecoder(long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _maxBytes = maxBytes;
    }

    public DecodedDraft Decode(DraftSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = source.Content.Span;
        if (bytes.Length > _maxBytes)
        {
            throw new DraftException(
                DraftErrorKind.TooLarge,
                $"the draft is {bytes.Length:N0} bytes; the limit is {_maxBytes:N0} bytes");
        }

        var (raw, encodingName) = DecodeBytes(bytes);
        EnsureText(raw);
        var text = Normalize(raw, out var changed);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DraftException(DraftErrorKind.Empty, "the draft is empty");
        }

        // Unchanged UTF-8 input already is the canonical byte form: its hash is the bytes' hash, which the caller may
        // already have. Otherwise the text is hashed as UTF-8. Either is computed only if read.
        var hash = changed || encodingName != "utf-8" ? DeferredHash.OfText(text)
            : source.Sha256 is { } known ? DeferredHash.Known(known)
            : DeferredHash.OfBytes(source.Content);
        return new DecodedDraft(source.Path, text, encodingName, hash);
    }

    private static (string Text, string EncodingName) DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new DraftException(DraftErrorKind.Empty, "the draft is empty");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Strict(StrictUtf8, bytes[3..], "UTF-8"), "utf-8-bom");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Strict(StrictUtf16Le, bytes[2..], "UTF-16"), "utf-16le");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Strict(StrictUtf16Be, bytes[2..], "UTF-16"), "utf-16be");
        }

        // Before UTF-8: NUL bytes are valid UTF-8, so ASCII-heavy UTF-16 would pass as UTF-8 full of NULs.
        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null && TryStrict(utf16, bytes, out var wide))
        {
            return (wide, utf16 == StrictUtf16Le ? "utf-16le" : "utf-16be");
        }

        if (TryStrict(StrictUtf8, bytes, out var utf8))
        {
            return (utf8, "utf-8");
        }

        if (TryStrict(StrictShiftJis, bytes, out var japanese))
        {
            return (japanese, "shift_jis");
        }

        throw new DraftException(DraftErrorKind.NotText, "the draft is not text: its bytes are not valid UTF-8, UTF-16 or Shift_JIS");
    }

    /// <summary>ASCII-heavy UTF-16 has a zero in every other byte; binary files rarely keep that rhythm.</summary>
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> draft)
    {
        if (draft.Length < 4 || draft.Length % 2 != 0)
        {
            return null;
        }

        // The rhythm shows in the first kilobyte; the strict decode that follows checks the rest. A kilobyte with no
        // zero byte at all (every UTF-8 draft) is answered by one vectorised search instead of the count below.
        var bytes = draft[..Math.Min(draft.Length, 1024)];
        if (!bytes.Contains((byte)0))
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0)
            {
                zeroEven++;
            }

            if (bytes[i + 1] == 0)
            {
                zeroOdd++;
            }
        }

        var pairs = bytes.Length / 2;
        if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs)
        {
            return StrictUtf16Le;
        }

        return zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs ? StrictUtf16Be : null;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name) =>
        TryStrict(encoding, bytes, out var text)
            ? text
            : throw new DraftException(DraftErrorKind.NotText, $"the draft starts with a {name} byte-order mark but holds invalid {name} bytes");

    /// <summary>
    /// Validates and transcodes in one pass into a buffer a UTF-8 draft can never overflow (one UTF-16 unit per byte at
    /// most), then copies the text out: <see cref="Encoding.GetString(ReadOnlySpan{byte})"/> reads the bytes twice, once to
    /// count and once to convert, which costs a Japanese draft half as much again; <see cref="Utf8Transcoder"/> converts
    /// Japanese five characters at a time.
    /// </summary>
    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var written = Utf8Transcoder.ToUtf16(bytes, buffer);
            text = written >= 0 ? new string(buffer, 0, written) : "";
            return written >= 0;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The text when every byte is valid in <paramref name="encoding"/>; UTF-8, with or without a BOM, by <see cref="TryUtf8"/>.</summary>
    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        if (ReferenceEquals(encoding, StrictUtf8))
        {
            return TryUtf8(bytes, out text);
        }

        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>Control characters other than tab, line feed, carriage return and form feed.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F\x7F");

    /// <summary>NUL or a noticeable share of control characters means a binary file that happened to decode.</summary>
    private static void EnsureText(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny(Controls);
        if (first < 0)
        {
            return;
        }

        if (span.Contains('\0'))
        {
            throw new DraftException(DraftErrorKind.NotText, "the draft is not text: it contains NUL characters");
        }

        var controls = 0;
        for (var rest = span[first..]; !rest.IsEmpty; controls++)
        {
            var next = rest.IndexOfAny(Controls);
            if (next < 0)
            {
                break;
            }

            rest = rest[(next + 1)..];
        }

        if (controls * 100 > text.Length)
        {
            throw new DraftException(DraftErrorKind.NotText, $"the draft is not text: it contains {controls} control characters");
        }
    }

    private static string Normalize(string text, out bool changed)
    {
        var result = text;
        if (result.Length > 0 && result[0] == '\uFEFF')
        {
            result = result[1..];
        }

        if (result.Contains('\r'))
        {
            result = result.Replace("\r\n", "\n").Replace('\r', '\n');
        }

        try
        {
            // ICU's check costs ~1 ns a character; most drafts are provably NFC from a range scan first.
            if (!NfcQuickCheck.IsCertainlyNormalized(result) && !result.IsNormalized(NormalizationForm.FormC))
            {
                result = result.Normalize(NormalizationForm.FormC);
            }
        }
        catch (ArgumentException ex)
        {
            // ICU refuses some code points Unicode reserves as non-characters (U+FFFE, which a strict UTF-16 or UTF-8
            // decode still lets through): such a file is not text an author wrote.
            throw new DraftException(DraftErrorKind.NotText, "the draft is not text: it holds code points Unicode reserves as non-characters (such as U+FFFE)", LineOfNonCharacter(result), ex);
        }

        changed = !ReferenceEquals(result, text);
        return result;
    }

    private static int? LineOfNonCharacter(string text)
    {
        var line = 1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                line++;
            }
            else if ((rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF)
            {
                return line;
            }
        }

        return null;
    }

    private static Encoding CreateShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
