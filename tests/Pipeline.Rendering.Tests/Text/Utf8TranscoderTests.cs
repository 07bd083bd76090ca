using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CsCheck;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Tests.Text;

/// <summary>The vector transcoder decodes exactly what the runtime's strict transcoder decodes, and refuses exactly what it refuses.</summary>
public sealed class Utf8TranscoderTests
{
    /// <summary>
    /// Pieces UTF-8 text is made of, valid and not: mostly Japanese, so the five-sequence path runs often, and runs of
    /// ASCII long enough for the ASCII path.
    /// </summary>
    private static readonly Gen<byte[]> Piece = Gen.Frequency(
        (8, Gen.Char['\u3040', '\u9FFF'].Select(c => Encoding.UTF8.GetBytes(c.ToString()))),
        (3, Gen.Char['\u0020', '\u007E'].Select(c => new[] { (byte)c })),
        (1, Gen.Char['\u0020', '\u007E'].Array[10, 40].Select(run => run.Select(c => (byte)c).ToArray())),
        (1, Gen.Char['\u0080', '\u07FF'].Select(c => Encoding.UTF8.GetBytes(c.ToString()))),
        (1, Gen.Char['\uE000', '\uFFFF'].Select(c => Encoding.UTF8.GetBytes(c.ToString()))),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(scalar => Encoding.UTF8.GetBytes(char.ConvertFromUtf32(scalar)))),
        (1, Gen.OneOf<byte[]>(
            [0xE0, 0x80, 0x80],   // overlong three-byte form of U+0000
            [0xE0, 0x9F, 0xBF],   // overlong U+07FF
            [0xED, 0xA0, 0x80],   // a surrogate, U+D800
            [0xED, 0xBF, 0xBF],   // U+DFFF
            [0xE3, 0x81],         // cut short
            [0x81],               // a stray continuation byte
            [0xC0, 0xAF],         // overlong two-byte '/'
            [0xF4, 0x90, 0x80, 0x80], // past U+10FFFF
            [0xFF])));

    private static string? Reference(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        return Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? new string(chars, 0, written)
            : null;
    }

    private static string? Decode(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        var written = Utf8Transcoder.ToUtf16(bytes, chars);
        return written < 0 ? null : new string(chars, 0, written);
    }

    [Fact]
    public void Any_bytes_decode_as_the_runtime_decodes_them() =>
        Gen.Frequency((4, Piece.Array[0, 60]), (1, Gen.Byte.Array[0, 20].Select(b => new[] { b })))
            .Select(pieces => pieces.SelectMany(piece => piece).ToArray())
            .Sample(bytes => Assert.Equal(Reference(bytes), Decode(bytes)), iter: 20_000);

    [Fact]
    public void Valid_text_of_every_kind_decodes_as_the_runtime_decodes_it() =>
        Piece.Where(piece => Reference(piece) is not null).Array[0, 200]
            .Select(pieces => pieces.SelectMany(piece => piece).ToArray())
            .Sample(bytes => Assert.Equal(Reference(bytes), Decode(bytes)), iter: 5_000);

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    public void Every_three_byte_sequence_is_decoded_or_refused_as_the_runtime_does(int times)
    {
        // Each lead byte E0–EF with continuation pairs, five in a row (the vector path) or one (the one-at-a-time
        // path), then ASCII: those paths alone decide them (the runtime sees only the tail).
        for (var lead = 0xE0; lead <= 0xEF; lead++)
        {
            for (var first = 0x80; first <= 0xBF; first++)
            {
                for (var second = 0x80; second <= 0xBF; second += 7)
                {
                    var sequence = new[] { (byte)lead, (byte)first, (byte)second };
                    var bytes = Enumerable.Repeat(sequence, times).SelectMany(b => b).Concat("a tail of sixteen bytes"u8.ToArray()).ToArray();
                    Assert.Equal(Reference(bytes), Decode(bytes));
                }
            }
        }
    }

    [Fact]
    public void The_sample_decodes_to_its_text()
    {
        var text = "トランプ氏と李大統領会談で何が?緊迫する米朝関係と韓米同盟の今後とは?(最新情報)\n💡 1500億ドル規模の韓国企業の対米投資にも注目!\n";
        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text)));
    }
}
