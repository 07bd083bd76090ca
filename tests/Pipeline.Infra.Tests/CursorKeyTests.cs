using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.Configuration;
using Pipeline.Web;
using Pipeline.Web.Paging;

namespace Pipeline.Infra.Tests;

/// <summary>
/// The cursor signing key every instance shares: provisioned from secure parameters only, generated when the
/// azd environment gives none, long enough for the app, and under the name the app binds.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed partial class CursorKeyTests(CompiledInfra infra)
{
    private readonly NamesFile _names = NamesFile.Load();

    [Fact]
    public void The_key_is_the_azd_value_or_else_the_generated_one()
    {
        var value = ProvisionedAppSettings.ValuePassed(infra.MainTemplate, "secretAppSettings", PipelineNames.CursorKeySetting, _names);

        Assert.Equal("[if(empty(parameters('cursorKey')), parameters('generatedCursorKey'), parameters('cursorKey'))]", value);
    }

    [Theory]
    [InlineData("cursorKey")]
    [InlineData("generatedCursorKey")]
    public void Key_parameters_are_secure(string parameter)
    {
        Assert.Equal("securestring", (string?)MainParameter(parameter)["type"], ignoreCase: true);
    }

    [Fact]
    public void The_module_takes_the_key_as_a_secure_object_so_its_deployment_record_hides_it()
    {
        var parameter = ArmTemplate.ModuleTemplate(infra.MainTemplate, "function-app")["parameters"]?["secretAppSettings"];

        Assert.Equal("secureObject", (string?)parameter?["type"], ignoreCase: true);
        Assert.Null(ProvisionedAppSettings.ValuePassed(infra.MainTemplate, "extraAppSettings", PipelineNames.CursorKeySetting, _names));
    }

    [Fact]
    public void The_azd_environment_can_pin_the_key()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(BuildFacts.InRepository("infra", "main.parameters.json")))?["parameters"];

        Assert.Equal("${PIPELINE_CURSOR_KEY}", (string?)parameters?["cursorKey"]?["value"]);
        Assert.Equal("", (string?)MainParameter("cursorKey")["defaultValue"]);
    }

    [Fact]
    public void The_generated_default_is_fresh_base64_the_app_accepts()
    {
        var expression = (string?)MainParameter("generatedCursorKey")["defaultValue"] ?? "";
        var match = GeneratedKeyExpression().Match(expression);
        Assert.True(match.Success, $"Expected base64 over newGuid() calls, found: {expression}");

        // Evaluate the expression as ARM does: each newGuid() is a fresh GUID in its "D" text form.
        var guids = match.Groups["arguments"].Value.Split(", ");
        Assert.All(guids, argument => Assert.Equal("newGuid()", argument));
        var key = Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat(guids.Select(_ => Guid.NewGuid().ToString()))));

        var codec = CursorCodecFor(key);
        Assert.True(codec.Decode(codec.Encode("all", "position"), "all").IsValid);
    }

    [Fact]
    public void The_setting_name_is_where_the_app_reads_its_cursor_key()
    {
        Assert.Equal(PipelineNames.CursorKeySetting, _names.Value("settings", nameof(PipelineNames.CursorKeySetting)));
        Assert.Equal("configured", ProvisionedCursorCodecKey("configured"));
    }

    private JsonObject MainParameter(string name) =>
        infra.MainTemplate["parameters"]?[name]?.AsObject() ?? throw new InvalidDataException($"main.bicep has no parameter {name}.");

    /// <summary>
    /// The key the app binds when the host sees the app setting: Functions turns app settings into environment
    /// variables, whose configuration provider reads <c>__</c> as the section separator.
    /// </summary>
    private static string? ProvisionedCursorCodecKey(string value)
    {
        var configuration = AppSettingAsConfiguration(value);
        return configuration.GetSection(PipelineWebOptions.Section).Get<PipelineWebOptions>()?.CursorKey;
    }

    private static CursorCodec CursorCodecFor(string key) =>
        new ServiceCollection()
            .AddLogging()
            .AddPipelineWeb(AppSettingAsConfiguration(key))
            .BuildServiceProvider()
            .GetRequiredService<CursorCodec>();

    private static IConfiguration AppSettingAsConfiguration(string value) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new(PipelineNames.CursorKeySetting.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), value)])
            .Build();

    [GeneratedRegex(@"^\[base64\(format\('(\{\d\})+', (?<arguments>[^)]*\)(, [^)]*\))*)\)\)\]$")]
    private static partial Regex GeneratedKeyExpression();
}
