using System.CommandLine;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Cli;

/// <summary>The storage options every storage-facing command shares: Azurite's local account unless told otherwise.</summary>
internal static class StorageCommandOptions
{
    /// <summary>Azurite's well-known development account on its default ports.</summary>
    public const string LocalEmulator = "UseDevelopmentStorage=true";

    public static Option<string> ConnectionOption() => new("--connection", "-c")
    {
        Description = $"Storage connection string (default: ${PipelineNames.StorageConnectionSetting} if set, else Azurite on its default ports).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(PipelineNames.StorageConnectionSetting) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : LocalEmulator,
    };

    public static Option<string> ContainerOption() => new("--container")
    {
        Description = "Drafts container.",
        DefaultValueFactory = _ => PipelineNames.DraftsContainer,
    };
}
