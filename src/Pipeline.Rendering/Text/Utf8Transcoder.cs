using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace Pipeline.Rendering.Text;

/// <summary>
/// Strict UTF-8 → UTF-16, as <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/>
/// with <c>replaceInvalidSequences: false</c>, but with a vector path for Japanese. The runtime's transcoder is
/// vectorised for ASCII only and takes a three-byte sequence at a time (~0.75 ns a byte here), so decoding a Japanese
/// draft cost more than parsing it. Here, sixteen bytes that start with five three-byte sequences (kana, kanji, CJK
/// punctuation: U+0800–U+FFFF) become five characters in a few vector operations, and a shorter run one at a time;
/// a run of ASCII goes to <see cref="Ascii.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int)"/>, whose vectors are wider
/// than these (a 16-byte loop here was four times slower on English); the rest (two- and four-byte sequences) to the
/// runtime's transcoder sixteen bytes at a time, which also decides every error. simdutf does all of this in full but
/// is not on NuGet; this is its simplest case.
/// </summary>
internal static class Utf8Transcoder
{
    /// <summary>Lead bytes at 0, 3, 6, 9, 12 and continuation bytes between them: five three-byte sequences.</summary>
    private const uint LeadPositions = 0b_0001_0010_0100_1001;
    private const uint ContinuationPositions = 0b_0110_1101_1011_0110;
    private const int BlockBytes = 16;
    private const int SequencesPerBlock = 5;

    /// <summary>
    /// Decodes <paramref name="source"/> into <paramref name="destination"/>, which must hold at least
    /// <c>source.Length</c> characters (a UTF-8 text never has more UTF-16 units than bytes; the vector stores may
    /// write past the characters they produce, never past that length). The number of characters, or -1 when the bytes
    /// are not valid UTF-8 (overlong forms, surrogates, stray or missing continuation bytes, code points past U+10FFFF).
    /// </summary>
    public static int ToUtf16(ReadOnlySpan<byte> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("the destination must hold one character per source byte", nameof(destination));
        }

        ref var bytes = ref MemoryMarshal.GetReference(source);
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        int read = 0, written = 0;
        while (Vector128.IsHardwareAccelerated && read + BlockBytes <= source.Length)
        {
            var block = Vector128.LoadUnsafe(ref bytes, (nuint)read);
            var nonAscii = block.ExtractMostSignificantBits();
            if (nonAscii == 0)
            {
                // A run of ASCII: the runtime's widening, with wider vectors than these, to the first other byte.
                Ascii.ToUtf16(source[read..], destination[written..], out var ascii);
                read += ascii;
                written += ascii;
                continue;
            }

            if ((nonAscii & 1) == 0)
            {
                // A few ASCII characters before other text (a line end, digits): widened here, counted to that text.
                var (low, high) = Vector128.Widen(block);
                low.StoreUnsafe(ref chars, (nuint)written);
                high.StoreUnsafe(ref chars, (nuint)written + 8);
                var count = BitOperations.TrailingZeroCount(nonAscii);
                read += count;
                written += count;
                continue;
            }

            if (TryThreeByteBlock(block, out var decoded))
            {
                decoded.StoreUnsafe(ref chars, (nuint)written);
                read += SequencesPerBlock * 3;
                written += SequencesPerBlock;
                continue;
            }

            if (TryThreeByteSequence(source[read..], out var character))
            {
                // Fewer than five in a row (a word between ASCII): one at a time, still without the runtime's call.
                destination[written++] = character;
                read += 3;
                continue;
            }

            var status = Utf8.ToUtf16(source.Slice(read, BlockBytes), destination[written..], out var chunkRead, out var chunkWritten, replaceInvalidSequences: false, isFinalBlock: false);
            if (status == OperationStatus.InvalidData || chunkRead == 0)
            {
                // Invalid, or (never for valid text: a sequence is at most four bytes) nothing decoded: the final call
                // below decides.
                break;
            }

            read += chunkRead;
            written += chunkWritten;
        }

        var rest = Utf8.ToUtf16(source[read..], destination[written..], out _, out var restWritten, replaceInvalidSequences: false, isFinalBlock: true);
        return rest == OperationStatus.Done ? written + restWritten : -1;
    }

    /// <summary>One valid three-byte sequence (U+0800–U+FFFF, not a surrogate) at the start of <paramref name="bytes"/>.</summary>
    private static bool TryThreeByteSequence(ReadOnlySpan<byte> bytes, out char character)
    {
        character = '\0';
        if ((bytes[0] & 0xF0) != 0xE0 || (bytes[1] & 0xC0) != 0x80 || (bytes[2] & 0xC0) != 0x80)
        {
            return false;
        }

        var value = ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F);
        if (value < 0x0800 || value is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        character = (char)value;
        return true;
    }

    /// <summary>
    /// Five three-byte sequences at the start of <paramref name="block"/> as five UTF-16 units (lanes 5–7 zero), when
    /// they are that and valid (not overlong: at least U+0800; not a surrogate). False otherwise, and for an invalid
    /// block too: the runtime's transcoder then finds the error itself.
    /// </summary>
    private static bool TryThreeByteBlock(Vector128<byte> block, out Vector128<ushort> decoded)
    {
        var leads = Vector128.Equals(block & Vector128.Create((byte)0xF0), Vector128.Create((byte)0xE0)).ExtractMostSignificantBits();
        var continuations = Vector128.Equals(block & Vector128.Create((byte)0xC0), Vector128.Create((byte)0x80)).ExtractMostSignificantBits();
        if ((leads & LeadPositions) != LeadPositions || (continuations & ContinuationPositions) != ContinuationPositions)
        {
            decoded = default;
            return false;
        }

        // Per lane: the lead byte high and the first continuation low, and the second continuation alone (0xFF: zero).
        var leadAndFirst = Vector128.Shuffle(block, Vector128.Create((byte)1, 0, 4, 3, 7, 6, 10, 9, 13, 12, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)).AsUInt16();
        var second = Vector128.Shuffle(block, Vector128.Create((byte)2, 0xFF, 5, 0xFF, 8, 0xFF, 11, 0xFF, 14, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)).AsUInt16();
        decoded = Vector128.ShiftLeft(leadAndFirst & Vector128.Create((ushort)0x0F00), 4)
            | Vector128.ShiftLeft(leadAndFirst & Vector128.Create((ushort)0x003F), 6)
            | (second & Vector128.Create((ushort)0x003F));
        var invalid = Vector128.LessThan(decoded, Vector128.Create((ushort)0x0800))
            | Vector128.Equals(decoded & Vector128.Create((ushort)0xF800), Vector128.Create((ushort)0xD800));
        return (invalid.ExtractMostSignificantBits() & 0b1_1111) == 0;
    }
}
