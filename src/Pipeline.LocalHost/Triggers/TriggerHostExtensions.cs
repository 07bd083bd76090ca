using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
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
        host.ConfigureServices(services =>
        {
            services.AddSingleton<ITypeLocator, TriggerTypeLocator>();

            // The timer trigger runs reconcile under a listener lock (a blob lease) so that one instance runs it. A host
            // killed with SIGKILL never releases it: with the defaults (a 60 s lease, recovery polled every 60 s) the
            // restarted host waited up to two minutes for its first reconcile, deletes included (the fault suite's
            // kill -9 rounds showed it). Storage's shortest lease and polling at the same period cut that to 30 s at most.
            services.Configure<SingletonOptions>(singleton =>
            {
                singleton.ListenerLockPeriod = ShortestLease;
                singleton.ListenerLockRecoveryPollingInterval = ShortestLease;
            });
        });
        return host;
    }

    /// <summary>The shortest blob lease Azure Storage grants.</summary>
    private static readonly TimeSpan ShortestLease = TimeSpan.FromSeconds(15);

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
