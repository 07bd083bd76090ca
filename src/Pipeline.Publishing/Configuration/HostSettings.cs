using Microsoft.Extensions.Configuration;

namespace Pipeline.Publishing.Configuration;

/// <summary>
/// How every host resolves the settings that both its trigger attributes (by name, <c>%DraftsContainer%</c>) and
/// the pipeline's options read, so that the container a trigger watches is the container the publisher reads.
/// One precedence for every host, documented in <c>docs/architecture.md</c> ("Host settings"):
/// the app setting, then the <c>Pipeline</c> section, then the built-in default.
/// </summary>
public static class HostSettings
{
    private const string DraftsContainerOption = PipelineNames.OptionsSection + ":" + nameof(PipelineOptions.DraftsContainer);

    /// <summary><c>DraftsContainer</c>, else <c>Pipeline:DraftsContainer</c>, else <see cref="PipelineNames.DraftsContainer"/>.</summary>
    public static string DraftsContainer(IConfiguration configuration) =>
        DraftsContainerAppSetting(configuration) ?? Value(configuration, DraftsContainerOption) ?? PipelineNames.DraftsContainer;

    /// <summary>The <c>DraftsContainer</c> app setting when it is set: it wins over whatever the options were bound to.</summary>
    public static string? DraftsContainerAppSetting(IConfiguration configuration) =>
        Value(configuration, PipelineNames.DraftsContainerSetting);

    /// <summary><c>ReconcileSchedule</c>, else the host's own default (the Functions host has none: the app setting is required).</summary>
    public static string ReconcileSchedule(IConfiguration configuration, string hostDefault) =>
        Value(configuration, PipelineNames.ReconcileScheduleSetting) ?? hostDefault;

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : null;
}
