namespace Pipeline.Emulator;

/// <summary>Finds the repository root (the folder holding <c>Pipeline.sln</c>), where package.json pins Azurite.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "Pipeline.sln";

    /// <summary>Walks up from <paramref name="start"/>, then from the app's base directory, then from the working directory.</summary>
    public static string Find(string? start = null)
    {
        foreach (var origin in new[] { start, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            if (origin is not null && TryFindFrom(origin) is { } root)
            {
                return root;
            }
        }

        throw new InvalidOperationException(
            $"Could not find the repository root ({MarkerFile}) above '{start ?? AppContext.BaseDirectory}'. " +
            "Set the Azurite repository root explicitly (AzuriteOptions.RepositoryRoot).");
    }

    private static string? TryFindFrom(string origin)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(origin)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
