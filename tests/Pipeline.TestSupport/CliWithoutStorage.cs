namespace Pipeline.TestSupport;

/// <summary>
/// A copy of the built <c>pipeline</c> CLI with <c>Pipeline.Storage.Azure.dll</c> and every <c>Azure.*</c> assembly
/// left out, for tests proving that a command needs no storage code: one that touched it would fail to load.
/// </summary>
public sealed class CliWithoutStorage
{
    private CliWithoutStorage(string folder, IReadOnlyList<string> leftOut)
    {
        Folder = folder;
        LeftOut = leftOut;
    }

    /// <summary>The folder holding the copy.</summary>
    public string Folder { get; }

    /// <summary>The CLI's entry assembly inside <see cref="Folder"/>.</summary>
    public string EntryAssembly => Path.Combine(Folder, "pipeline.dll");

    /// <summary>Built files not copied (relative to the build folder), so a test can tell something was left out.</summary>
    public IReadOnlyList<string> LeftOut { get; }

    public static CliWithoutStorage CopyTo(string folder)
    {
        var built = Path.GetDirectoryName(BuiltProgram.Path("Pipeline.Cli", "pipeline.dll"))!;
        var leftOut = new List<string>();
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(built, file);
            if (IsStorage(Path.GetFileName(file)))
            {
                leftOut.Add(relative);
                continue;
            }

            var copy = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return new CliWithoutStorage(folder, leftOut);
    }

    /// <summary>
    /// The dependency manifest is left out too: it names the missing assemblies, and the host refuses to start when one
    /// is missing; without it the host loads what the folder holds, so a missing one is noticed only when needed.
    /// </summary>
    private static bool IsStorage(string name) =>
        name.StartsWith("Azure.", StringComparison.Ordinal)
        || name.StartsWith("Pipeline.Storage.Azure.", StringComparison.Ordinal)
        || name == "pipeline.deps.json";
}
