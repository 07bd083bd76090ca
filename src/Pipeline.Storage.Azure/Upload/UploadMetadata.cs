namespace Pipeline.Storage.Azure.Upload;

/// <summary>
/// What the uploader stores with each local file as blob metadata: today <see cref="DraftBlobMetadata.AuthoredOn"/>,
/// the file's last git commit date (one <c>git log</c> walk per repository for all files, <see cref="GitCommitDates"/>)
/// or, outside git or for a file never committed, its modification time. Keyed by full local path, so drafts and
/// any other uploaded file can ask.
/// </summary>
public sealed class UploadMetadata
{
    /// <summary>No metadata at all (the uploader's default).</summary>
    public static readonly UploadMetadata None = new(new Dictionary<string, DateTimeOffset>());

    private readonly IReadOnlyDictionary<string, DateTimeOffset> _authoredOn;

    private UploadMetadata(IReadOnlyDictionary<string, DateTimeOffset> authoredOn) => _authoredOn = authoredOn;

    /// <summary>Reads the dates of <paramref name="localPaths"/>: git where a file is committed, else its modification time.</summary>
    public static async Task<UploadMetadata> ReadAsync(IEnumerable<string> localPaths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(localPaths);
        var files = localPaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (repository, inRepository) in await GroupByRepositoryAsync(files, cancellationToken))
        {
            var relative = inRepository.ToDictionary(file => Path.GetRelativePath(repository, file).Replace('\\', '/'), StringComparer.Ordinal);
            foreach (var (path, date) in await GitCommitDates.ReadAsync(repository, relative.Keys, cancellationToken))
            {
                dates[relative[path]] = date;
            }
        }

        foreach (var file in files.Where(file => !dates.ContainsKey(file)))
        {
            dates[file] = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
        }

        return new UploadMetadata(dates);
    }

    /// <summary>When the author last changed the file, if known.</summary>
    public DateTimeOffset? AuthoredOn(string localPath) =>
        _authoredOn.TryGetValue(Path.GetFullPath(localPath), out var date) ? date : null;

    /// <summary>The blob metadata to upload the file with (empty when nothing is known).</summary>
    public Dictionary<string, string> For(string localPath)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (AuthoredOn(localPath) is { } date)
        {
            metadata[DraftBlobMetadata.AuthoredOn] = DraftBlobMetadata.Format(date);
        }

        return metadata;
    }

    /// <summary>Files grouped by the git repository holding them (one <c>rev-parse</c> per folder); files outside any repository are left out.</summary>
    private static async Task<Dictionary<string, List<string>>> GroupByRepositoryAsync(List<string> files, CancellationToken cancellationToken)
    {
        var repositoryOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(file)!;
            if (!repositoryOf.TryGetValue(folder, out var repository))
            {
                repository = Directory.Exists(folder) ? await GitCommitDates.FindRepositoryAsync(folder, cancellationToken) : null;
                repositoryOf[folder] = repository;
            }

            var relative = repository is null ? null : Path.GetRelativePath(repository, file);
            if (repository is not null && !relative!.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                (groups.TryGetValue(repository, out var list) ? list : groups[repository] = []).Add(file);
            }
        }

        return groups;
    }
}
