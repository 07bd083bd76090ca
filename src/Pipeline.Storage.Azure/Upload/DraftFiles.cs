namespace Pipeline.Storage.Azure.Upload;

/// <summary>
/// Finds the drafts an author means: a file is uploaded under its own name, a folder's files under their path
/// relative to that folder (so <c>posts/2025/a.md</c> keeps its folders). Hidden files and folders are skipped.
/// </summary>
public static class DraftFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = "text/markdown; charset=utf-8",
        [".markdown"] = "text/markdown; charset=utf-8",
        [".mdown"] = "text/markdown; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".text"] = "text/plain; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
    };

    /// <summary>The content type a draft is stored with, chosen by its extension.</summary>
    public static string ContentTypeFor(string path) =>
        ContentTypes.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";

    /// <summary>Every draft under <paramref name="paths"/> (files or folders), in a stable order; throws for a path that does not exist.</summary>
    public static IReadOnlyList<DraftFile> Find(IEnumerable<string> paths, string? blobPrefix = null)
    {
        var prefix = string.IsNullOrEmpty(blobPrefix) ? "" : blobPrefix.Trim('/') + "/";
        var found = new List<DraftFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                found.Add(new DraftFile(full, prefix + Path.GetFileName(full), ContentTypeFor(full)));
            }
            else if (Directory.Exists(full))
            {
                found.AddRange(
                    Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                        .Where(file => !IsHidden(Path.GetRelativePath(full, file)))
                        .Order(StringComparer.Ordinal)
                        .Select(file => new DraftFile(file, prefix + Path.GetRelativePath(full, file).Replace('\\', '/'), ContentTypeFor(file))));
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
