using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Upload;

/// <summary>
/// What <c>pipeline upload DIR</c> takes from a whole repository, by its layout, so an author uploads it as it is:
/// <list type="bullet">
/// <item><b>Zenn</b> (an <c>articles/</c> folder): <c>articles/**</c> and <c>images/**</c> under their repository
/// paths, so <c>/images/x/fig.png</c> in an article resolves at the site root.</item>
/// <item><b>Hugo</b> (a <c>content/</c> folder and a <c>hugo.*</c>/<c>config.*</c> file): <c>content/**</c> without
/// the <c>content/</c> prefix (page bundles keep their images beside <c>index.md</c>) and <c>static/**</c> under
/// <c>static/</c>, where a root reference <c>/img/a.png</c> looks second.</item>
/// <item>Anything else: every file below the folder, except hidden ones and <c>node_modules</c>.</item>
/// </list>
/// A file argument, or a folder with <c>--prefix</c>, is taken as it is (<see cref="DraftFiles.Find"/>).
/// </summary>
public static class RepositoryLayout
{
    private static readonly string[] HugoConfigs = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    public static IReadOnlyList<DraftFile> Find(IReadOnlyList<string> paths, string? blobPrefix)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!string.IsNullOrEmpty(blobPrefix))
        {
            return DraftFiles.Find(paths, blobPrefix);
        }

        var found = new List<DraftFile>();
        foreach (var path in paths)
        {
            found.AddRange(Directory.Exists(path) ? FromFolder(Path.GetFullPath(path)) : DraftFiles.Find([path]));
        }

        return found;
    }

    /// <summary>Which layout a folder has: "zenn", "hugo" or "folder".</summary>
    public static string Detect(string folder) =>
        Directory.Exists(Path.Combine(folder, "articles")) ? "zenn"
        : Directory.Exists(Path.Combine(folder, "content")) && HugoConfigs.Any(name => File.Exists(Path.Combine(folder, name))) ? "hugo"
        : "folder";

    private static IEnumerable<DraftFile> FromFolder(string folder) => Detect(folder) switch
    {
        "zenn" => Below(folder, "articles", keepFolder: true).Concat(Below(folder, "images", keepFolder: true)),
        "hugo" => Below(folder, "content", keepFolder: false).Concat(Below(folder, "static", keepFolder: true)),
        _ => DraftFiles.Find([folder]).Where(file => !file.BlobName.Split('/').Contains("node_modules", StringComparer.Ordinal)),
    };

    private static IEnumerable<DraftFile> Below(string root, string folder, bool keepFolder)
    {
        var full = Path.Combine(root, folder);
        return Directory.Exists(full) ? DraftFiles.Find([full], keepFolder ? folder : null) : [];
    }
}
