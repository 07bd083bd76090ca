namespace Pipeline.Cli.Batch;

/// <summary>A draft found in a folder: where it is on disk and its path relative to the folder (with '/').</summary>
public sealed record DraftFile(string FullPath, string RelativePath)
{
    /// <summary>Every non-hidden file below <paramref name="root"/>, in ordinal path order so runs are repeatable.</summary>
    public static IReadOnlyList<DraftFile> Find(string root)
    {
        var rootPath = Path.GetFullPath(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(rootPath, "*", options)
            .Select(full => new DraftFile(full, Path.GetRelativePath(rootPath, full).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(file => !file.RelativePath.Split('/').Any(segment => segment.StartsWith('.')))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
