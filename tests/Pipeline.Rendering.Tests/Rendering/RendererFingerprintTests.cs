using System.Text.Json;
using CsCheck;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>
/// The fingerprint writes each setting as <see cref="JsonSerializer"/> would, without it (start-up cost, Native AOT):
/// the bytes must stay the serializer's, or every deployed page would re-render once for nothing.
/// </summary>
public sealed class RendererFingerprintTests
{
    public static TheoryData<object?> Values => new()
    {
        null, "", "Pipeline", "http://localhost:7071/", "ja", "Asia/Tokyo", "日本語のブログ", "<script>&'\"+`\\/\u0001\u007f\u2028",
        "😀 \ud800 lone surrogate", true, false, 0, -7, int.MaxValue, MarkdownDialect.CommonMark, MarkdownDialect.Zenn, (MarkdownDialect)42,
        3.5, new[] { "a", "b" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_setting_is_written_as_the_serializer_writes_it(object? value) =>
        Assert.Equal(JsonSerializer.Serialize(value), RendererFingerprint.SettingJson(value));

    [Fact]
    public void Any_string_is_written_as_the_serializer_writes_it() =>
        Gen.String.Sample(text => RendererFingerprint.SettingJson(text) == JsonSerializer.Serialize(text), iter: 2_000);

    [Fact]
    public void Every_site_setting_has_a_type_the_fast_path_writes()
    {
        var types = typeof(SiteOptions).GetProperties().Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Distinct();
        Assert.All(types, type => Assert.True(type == typeof(string) || type == typeof(bool) || type == typeof(int) || (type.IsEnum && Enum.GetUnderlyingType(type) == typeof(int)), type.Name));
    }
}
