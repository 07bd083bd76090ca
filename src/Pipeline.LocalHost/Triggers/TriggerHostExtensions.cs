using Microsoft.Azure.WebJobs;
using Pipeline.Publishing.Configuration;

namespace Pipeline.LocalHost.Triggers;

/// <summary>Runs the WebJobs trigger engine inside the web host: blob, queue and timer triggers over one storage account.</summary>
internal static class TriggerHostExtensions
{
    /// <summary>Configuration key of the WebJobs host id; receipts are kept per id, so it must not change between runs.</summary>
    public const string HostIdSetting = "LocalHost:HostId";

    public static IHostBuilder ConfigurePipelineTriggers(this IHostBuilder host, IConfiguration configuration)
    {
        var hostId = configuration[HostIdSetting] is { Length: > 0 } configured ? configured : "pipeline-localhost";
        host.ConfigureWebJobs(webJobs =>
        {
            webJobs.UseHostId(hostId);
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageBlobs();
            webJobs.AddAzureStorageQueues(queues =>
            {
                // The poison queue is quiet; poll it often enough that a poisoned draft shows up promptly.
                queues.MaxPollingInterval = TimeSpan.FromSeconds(5);
            });
            webJobs.AddTimers();
        });
        host.ConfigureServices(services => services.AddSingleton<ITypeLocator, TriggerTypeLocator>());
        return host;
    }

    /// <summary>How often reconcile runs when <c>ReconcileSchedule</c> is not set: often, as deletes are only noticed by it here.</summary>
    public const string DefaultReconcileSchedule = "00:00:30";

    /// <summary>
    /// Fills in the trigger settings the engine resolves by name (<c>%DraftsContainer%</c>, <c>%ReconcileSchedule%</c>)
    /// with the precedence every host shares (<see cref="HostSettings"/>), so the trigger watches the publisher's container.
    /// </summary>
    public static void ApplyTriggerDefaults(this ConfigurationManager configuration)
    {
        configuration[PipelineNames.DraftsContainerSetting] = HostSettings.DraftsContainer(configuration);
        configuration[PipelineNames.ReconcileScheduleSetting] = HostSettings.ReconcileSchedule(configuration, DefaultReconcileSchedule);
    }
}
