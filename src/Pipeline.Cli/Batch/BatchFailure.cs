namespace Pipeline.Cli.Batch;

/// <summary>A draft the batch could not render or write, with the reason its author can act on.</summary>
public sealed record BatchFailure(string Path, string Message);
