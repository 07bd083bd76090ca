using Pipeline.Functions.HostHarness.Protocol;

namespace Pipeline.Functions.HostHarness;

/// <summary>How the worker reported one invocation, with the log lines it sent for it.</summary>
public sealed record InvocationResult(string InvocationId, StatusResult.Types.Status Status, string? ErrorMessage, IReadOnlyList<RpcLog> Logs)
{
    public bool Succeeded => Status == StatusResult.Types.Status.Success;
}
