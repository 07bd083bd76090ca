namespace Pipeline.Cli.Batch;

/// <summary>
/// Where a batch render writes: <c>{OutputDirectory}/{slug}/index.html</c>, or nothing when
/// <see cref="OutputDirectory"/> is null (a dry run: render only).
/// </summary>
public sealed record BatchRenderOptions(string? OutputDirectory)
{
    /// <summary>Renders in flight at once; rendering is CPU-bound, so one per core by default.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
