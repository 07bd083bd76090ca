using System.Text;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Tests.Drafts;

/// <summary>Every encoding case: the fixtures are written here as bytes, so nothing depends on an editor's encoding.</summary>
public sealed class DraftDecoderTests
{
    private const string Japanese = "# 会談の行方\n\n李大統領とトランプ氏が会談した。カタカナ、ひらがな、漢字。\n";

    private static readonly DraftDecoder Decoder = new(5 * 1024 * 1024);

    static DraftDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[], string> EncodedDrafts => new()
    {
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Japanese), "utf-8" },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Japanese)], "utf-8-bom" },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Japanese)], "utf-16le" },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Japanese)], "utf-16be" },
        { "Shift_JIS", Encoding.GetEncoding("shift_jis").GetBytes(Japanese), "shift_jis" },
    };

    [Theory]
    [MemberData(nameof(EncodedDrafts))]
    public void Each_encoding_decodes_to_the_same_text_and_hash(string name, byte[] bytes, string encoding)
    {
        var decoded = Decoder.Decode(new DraftSource("a.md", bytes));
        var reference = Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes(Japanese)));

        Assert.True(Japanese == decoded.Text, name);
        Assert.Equal(encoding, decoded.EncodingName);
        Assert.Equal(reference.ContentHash, decoded.ContentHash);
    }

    [Fact]
    public void Ascii_heavy_utf16_without_bom_is_recognised_by_its_zero_bytes()
    {
        const string text = "# Hello\n\nPlain English text saved as UTF-16 without a byte-order mark.\n";
        Assert.Equal(text, Decoder.Decode(new DraftSource("a.md", Encoding.Unicode.GetBytes(text))).Text);
        Assert.Equal(text, Decoder.Decode(new DraftSource("a.md", Encoding.BigEndianUnicode.GetBytes(text))).Text);
    }

    [Fact]
    public void Shift_jis_renders_as_japanese_through_the_whole_pipeline()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("会談の行方\n李大統領とトランプ氏が会談した。\n");
        var article = Support.TestDrafts.Renderer.Render(new DraftSource("news.txt", bytes));
        Assert.Equal("会談の行方", article.Metadata.Title);
        Assert.Equal("ja", article.Metadata.Lang);
    }

    [Fact]
    public void Text_is_normalised_to_nfc_with_unix_line_endings()
    {
        const string decomposed = "# Cafe\u0301 \u30AB\u3099\r\nline two\rline three\r\n";
        var decoded = Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes(decomposed)));
        Assert.Equal("# Café ガ\nline two\nline three\n", decoded.Text);
        Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Hash_is_of_the_normalised_text_so_crlf_and_lf_copies_match()
    {
        var lf = Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes("a\nb\n")));
        var crlf = Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes("a\r\nb\r\n")));
        var other = Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes("a\nc\n")));
        Assert.Equal(lf.ContentHash, crlf.ContentHash);
        Assert.NotEqual(lf.ContentHash, other.ContentHash);
        Assert.Equal(64, lf.ContentHash.Length);
    }

    [Fact]
    public void A_hash_the_caller_has_is_used_only_for_bytes_that_decoding_left_as_they_were()
    {
        var bytes = Encoding.UTF8.GetBytes("a\nb\n");
        var ofBytes = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(ofBytes, Decoder.Decode(new DraftSource("a.md", bytes)).ContentHash);

        // The caller vouches for its hash of these bytes (the publisher's), so it is taken as it is…
        Assert.Equal("handed-in", Decoder.Decode(new DraftSource("a.md", bytes) { Sha256 = "handed-in" }).ContentHash);

        // …but for bytes that decoding changed, the hash is of the normalised text, whatever was handed in.
        var crlf = Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes("a\r\nb\r\n")) { Sha256 = "handed-in" });
        Assert.Equal(ofBytes, crlf.ContentHash);
        var bom = Decoder.Decode(new DraftSource("a.md", (byte[])[.. Encoding.UTF8.GetPreamble(), .. bytes]) { Sha256 = "handed-in" });
        Assert.Equal(ofBytes, bom.ContentHash);
    }

    [Fact]
    public void Metadata_read_from_several_threads_at_once_reports_one_content_hash()
    {
        var bytes = Encoding.UTF8.GetBytes(Japanese);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        for (var round = 0; round < 50; round++)
        {
            var metadata = Support.TestDrafts.Renderer.Render(new DraftSource("a.md", bytes)).Metadata;
            var copy = metadata with { Title = "copy" };
            var seen = new string[8];
            Parallel.For(0, seen.Length, i => seen[i] = i % 2 == 0 ? metadata.ContentHash : copy.ContentHash);
            Assert.All(seen, hash => Assert.Equal(expected, hash));
        }
    }

    public static TheoryData<string, byte[]> Binaries => new()
    {
        { "PNG header and pixels", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0x80, 0x81, 0xFE] },
        { "NUL bytes in ASCII", "abc\0\0\0def\0"u8.ToArray() },
        { "bytes invalid in UTF-8 and Shift_JIS", [0x41, 0x80, 0xA0, 0xFD, 0xFE, 0xFF, 0x42, 0xF0, 0x28] },
        { "control characters", "\u0001\u0002\u0003\u0004\u0005\u0006ab"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Binaries))]
    public void Binary_content_is_not_text(string name, byte[] bytes)
    {
        var ex = Assert.Throws<DraftException>(() => Decoder.Decode(new DraftSource("a.md", bytes)));
        Assert.True(ex.Kind == DraftErrorKind.NotText, name + ": " + ex.Kind);
    }

    [Fact]
    public void Invalid_bytes_after_a_utf8_bom_are_not_text()
    {
        var ex = Assert.Throws<DraftException>(() => Decoder.Decode(new DraftSource("a.md", new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28 })));
        Assert.Equal(DraftErrorKind.NotText, ex.Kind);
    }

    [Fact]
    public void Drafts_over_the_cap_are_too_large_before_decoding()
    {
        var small = new DraftDecoder(maxBytes: 16);
        var ex = Assert.Throws<DraftException>(() => small.Decode(new DraftSource("a.md", new byte[17])));
        Assert.Equal(DraftErrorKind.TooLarge, ex.Kind);
        Assert.Contains("16", ex.Message, StringComparison.Ordinal);
        Assert.Equal("x", small.Decode(new DraftSource("a.md", "x"u8.ToArray())).Text);
    }

    [Fact]
    public void The_default_cap_is_five_mebibytes()
    {
        var renderer = new Pipeline.Rendering.ArticleRenderer();
        var ex = Assert.Throws<DraftException>(() => renderer.Render(new DraftSource("a.md", new byte[(5 * 1024 * 1024) + 1])));
        Assert.Equal(DraftErrorKind.TooLarge, ex.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public void Empty_or_blank_drafts_are_empty(string text)
    {
        var ex = Assert.Throws<DraftException>(() => Decoder.Decode(new DraftSource("a.md", Encoding.UTF8.GetBytes(text))));
        Assert.Equal(DraftErrorKind.Empty, ex.Kind);
    }

    [Theory]
    [InlineData("notes.docx")]
    [InlineData("image.png")]
    [InlineData("README")]
    public void Files_that_are_not_drafts_are_an_unsupported_type(string path)
    {
        var ex = Assert.Throws<DraftException>(() => Support.TestDrafts.Renderer.Render(new DraftSource(path, "# hi"u8.ToArray())));
        Assert.Equal(DraftErrorKind.UnsupportedType, ex.Kind);
    }
}
