namespace Pipeline.LocalHost.Samples;

/// <summary>The folder of sample drafts to publish: the one given on the command line, else the copy bundled with the build.</summary>
internal sealed record SampleSource(string Folder)
{
    public static SampleSource From(string? folder) =>
        new(Path.GetFullPath(folder ?? Path.Combine(AppContext.BaseDirectory, "samples")));
}
