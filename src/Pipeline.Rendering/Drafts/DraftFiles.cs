namespace Pipeline.Rendering.Drafts;

/// <summary>
/// Finds the files an author means: a file under its own name, a folder's files under their path relative to
/// that folder (so <c>posts/2025/a.md</c> keeps its folders). Hidden files and folders are skipped. Every file
/// found is classified (<see cref="DraftFile.IsDraft"/>); callers decide what to do with those that are not drafts.
/// </summary>
public static class DraftFiles
{
    /// <summary>Every file under <paramref name="paths"/> (files or folders), in a stable order; throws for a path that does not exist.</summary>
    public static IReadOnlyList<DraftFile> Find(IEnumerable<string> paths, string? blobPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var prefix = string.IsNullOrEmpty(blobPrefix) ? "" : blobPrefix.Trim('/') + "/";
        var found = new List<DraftFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                found.Add(DraftFile.For(full, prefix + Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                found.AddRange(
                    Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                        .Where(file => !IsHidden(Path.GetRelativePath(full, file)))
                        .Order(StringComparer.Ordinal)
                        .Select(file => DraftFile.For(file, prefix + Path.GetRelativePath(full, file).Replace('\\', '/'))));
            }
            else
            {
                throw new FileNotFoundException($"No file or folder at '{path}'.", path);
            }
        }

        return found;
    }

    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
