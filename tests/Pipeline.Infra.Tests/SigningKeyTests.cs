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
/// The signing keys every instance shares (listing cursors; preview links, which the author's CLI signs too):
/// provisioned from secure parameters only, generated when the azd environment gives none, long enough for the
/// app, and under the name the app binds.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed partial class SigningKeyTests(CompiledInfra infra)
{
    private readonly NamesFile _names = NamesFile.Load();

    /// <summary>Each key's app setting and Bicep parameter; the generated fallback is <c>generated</c> + Name.</summary>
    public static TheoryData<string, string> Keys() => new()
    {
        { PipelineNames.CursorKeySetting, "cursorKey" },
        { PipelineNames.PreviewKeySetting, "previewKey" },
    };

    /// <summary>Each key's Bicep parameter and the azd environment variable that pins it.</summary>
    public static TheoryData<string, string> AzdVariables() => new()
    {
        { "cursorKey", "PIPELINE_CURSOR_KEY" },
        { "previewKey", "PIPELINE_PREVIEW_KEY" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_key_is_the_azd_value_or_else_the_generated_one(string setting, string parameter)
    {
        var value = ProvisionedAppSettings.ValuePassed(infra.MainTemplate, "secretAppSettings", setting, _names);
        var generated = "generated" + char.ToUpperInvariant(parameter[0]) + parameter[1..];

        Assert.Equal($"[if(empty(parameters('{parameter}')), parameters('{generated}'), parameters('{parameter}'))]", value);
        Assert.Null(ProvisionedAppSettings.ValuePassed(infra.MainTemplate, "extraAppSettings", setting, _names));
        Assert.Equal("securestring", (string?)MainParameter(parameter)["type"], ignoreCase: true);
        Assert.Equal("securestring", (string?)MainParameter(generated)["type"], ignoreCase: true);
    }

    [Fact]
    public void The_module_takes_the_key_as_a_secure_object_so_its_deployment_record_hides_it()
    {
        var parameter = ArmTemplate.ModuleTemplate(infra.MainTemplate, "function-app")["parameters"]?["secretAppSettings"];

        Assert.Equal("secureObject", (string?)parameter?["type"], ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(AzdVariables))]
    public void The_azd_environment_can_pin_the_key(string parameter, string azdVariable)
    {
        var parameters = JsonNode.Parse(File.ReadAllText(BuildFacts.InRepository("infra", "main.parameters.json")))?["parameters"];

        Assert.Equal("${" + azdVariable + "}", (string?)parameters?[parameter]?["value"]);
        Assert.Equal("", (string?)MainParameter(parameter)["defaultValue"]);
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
        Assert.Equal(PipelineNames.PreviewKeySetting, _names.Value("settings", nameof(PipelineNames.PreviewKeySetting)));
        Assert.Equal("configured", ProvisionedCursorCodecKey("configured"));
        Assert.Equal("configured", AppSettingAsConfiguration("configured", PipelineNames.PreviewKeySetting)
            .GetSection(PipelineWebOptions.Section).Get<PipelineWebOptions>()?.PreviewKey);
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

    private static IConfiguration AppSettingAsConfiguration(string value, string setting = PipelineNames.CursorKeySetting) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new(setting.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), value)])
            .Build();

    [GeneratedRegex(@"^\[base64\(format\('(\{\d\})+', (?<arguments>[^)]*\)(, [^)]*\))*)\)\)\]$")]
    private static partial Regex GeneratedKeyExpression();
}
