using Microsoft.Azure.WebJobs;

namespace Pipeline.LocalHost.Triggers;

/// <summary>
/// Tells the WebJobs engine exactly which classes hold functions. Without it the engine scans every loaded assembly
/// and warns about partial types it cannot load.
/// </summary>
internal sealed class TriggerTypeLocator : ITypeLocator
{
    public IReadOnlyList<Type> GetTypes() => [typeof(DraftTriggers)];
}
