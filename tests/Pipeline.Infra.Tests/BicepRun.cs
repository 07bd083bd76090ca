namespace Pipeline.Infra.Tests;

/// <summary>Outcome of one Bicep CLI invocation.</summary>
public sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;

    /// <summary>Diagnostic lines ("file(line,col) : Warning|Error CODE: ...") in either stream.</summary>
    public IReadOnlyList<string> Diagnostics =>
        Output.Split('\n')
            .Where(line => line.Contains(" : Warning ", StringComparison.Ordinal) || line.Contains(" : Error ", StringComparison.Ordinal))
            .Select(line => line.TrimEnd('\r'))
            .ToList();

    public string Describe() => $"exit code {ExitCode}\n{Output}";
}
