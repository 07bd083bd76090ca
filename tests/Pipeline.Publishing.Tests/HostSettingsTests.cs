using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.DependencyInjection;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// The container a trigger watches (<c>%DraftsContainer%</c>) and the one the publisher reads are resolved with one
/// precedence in every host: app setting, then the <c>Pipeline</c> section, then the default.
/// </summary>
public sealed class HostSettingsTests
{
    [Theory]
    [InlineData("app", "section", "app")]
    [InlineData("app", null, "app")]
    [InlineData(null, "section", "section")]
    [InlineData(null, null, PipelineNames.DraftsContainer)]
    public void The_trigger_path_and_the_publisher_agree_on_the_drafts_container(string? appSetting, string? section, string expected)
    {
        var configuration = Configuration(appSetting, section);

        var publisherContainer = new ServiceCollection()
            .AddPipelinePublishing(configuration)
            .BuildServiceProvider()
            .GetRequiredService<IOptions<PipelineOptions>>().Value.DraftsContainer;

        Assert.Equal(expected, HostSettings.DraftsContainer(configuration));
        Assert.Equal(expected, publisherContainer);
    }

    [Fact]
    public void The_reconcile_schedule_setting_wins_over_the_host_default()
    {
        var set = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PipelineNames.ReconcileScheduleSetting] = "00:01:00" })
            .Build();

        Assert.Equal("00:01:00", HostSettings.ReconcileSchedule(set, "00:00:30"));
        Assert.Equal("00:00:30", HostSettings.ReconcileSchedule(new ConfigurationBuilder().Build(), "00:00:30"));
    }

    private static IConfiguration Configuration(string? appSetting, string? section)
    {
        var values = new Dictionary<string, string?>();
        if (appSetting is not null)
        {
            values[PipelineNames.DraftsContainerSetting] = appSetting;
        }

        if (section is not null)
        {
            values[$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.DraftsContainer)}"] = section;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
