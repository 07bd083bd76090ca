namespace Pipeline.Storage.Azure;

/// <summary>Creates the containers and tables when missing. Hosts call it once at start (in Azure, infra creates them too).</summary>
public interface IPipelineStorageInitializer
{
    Task EnsureCreatedAsync(CancellationToken cancellationToken = default);
}
