namespace Pipeline.TestSupport;

/// <summary>How to start a <see cref="LocalHostProcess"/>: its settings (passed as <c>--key=value</c>) and what else differs.</summary>
public sealed record LocalHostStart(IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>Arguments after the settings, such as <c>--publish-samples</c>.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The loopback port to listen on; a free one when null (set it when a setting must name the URL).</summary>
    public int? Port { get; init; }

    /// <summary>The host to run; null runs <c>src/Pipeline.LocalHost</c> built in this assembly's configuration.</summary>
    public string? HostAssembly { get; init; }
}
