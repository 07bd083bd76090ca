using System.Text.Json;
using Pipeline.Rendering.FrontMatter;

namespace Pipeline.Rendering.Tests.FrontMatter;

/// <summary>The YAML fast path must read exactly what YamlDotNet reads, or step aside.</summary>
public sealed class SimpleYamlReaderTests
{
    public static TheoryData<string> Simple => new()
    {
        "title: \"Hello, World\"\ndate: 2025-03-14T08:00:00-05:00\ndraft: false\ntags: [\"Azure\", \"Functions\"]\nweight: 3",
        "title: Plain title with C# and it's fine\nslug: my-slug\ncategories: [a, b, 'c d']\nrating: 4.5\nempty_list: []",
        "title: 'Single quoted'\npublished: true\npublished_at: 2025-06-01 09:00\ntopics: [\"azure\", \"csharp\"]\nemoji: \"🚀\"",
        "# comment line\n\ntitle: 日本語のタイトル\nlang: ja\nnothing: null\ntilde: ~\nnegative_in_list: [1, 2.5, true]",
    };

    public static TheoryData<string> NotSimple => new()
    {
        "cover:\n  image: /a.png",
        "tags:\n  - a\n  - b",
        "title: \"escaped \\\" quote\"",
        "title: 'it''s'",
        "title: a # trailing comment",
        "title: key: value",
        "description: |\n  block",
        "title: a\nTitle: b",
        "tags: [\"a, b\"]",
        "weight: -3",
        "anchor: &a x",
        " indented: x",

        // A lone quote (found by WholeRendererPropertyTests): the fast path threw ArgumentOutOfRangeException.
        "title: \"",
        "title: '",
        "tags: [\"]",
        "tags: [a, ']",
    };

    [Theory]
    [MemberData(nameof(Simple))]
    public void Simple_front_matter_is_read_like_yamldotnet_reads_it(string yaml)
    {
        Assert.True(SimpleYamlReader.TryRead(yaml, 2, out var fast));
        var full = YamlFrontMatterReader.ReadWithParser(yaml, 2, maxDepth: 16);
        Assert.Equal(Describe(full), Describe(fast));
    }

    [Theory]
    [MemberData(nameof(NotSimple))]
    public void Anything_else_is_left_to_yamldotnet(string yaml) =>
        Assert.False(SimpleYamlReader.TryRead(yaml, 2, out _));

    private static string Describe(List<RawField> fields) =>
        JsonSerializer.Serialize(fields.Select(f => new { f.Key, f.Line, Value = f.Value, Type = f.Value?.GetType().Name }));
}
