namespace Pipeline.LocalHost.Triggers;

/// <summary>What the blob-trigger engine writes to its poison queue (it carries no error text).</summary>
public sealed class BlobPoisonMessage
{
    public string? FunctionId { get; set; }
    public string? BlobType { get; set; }
    public string? ContainerName { get; set; }
    public string BlobName { get; set; } = "";
    public string? ETag { get; set; }
}
