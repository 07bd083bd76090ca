namespace Pipeline.Cli.Batch;

/// <summary>A warning of a draft that rendered: the draft's path, the line, and the message.</summary>
public sealed record BatchWarning(string Path, int Line, string Message);
