using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli;

/// <summary>
/// What <c>pipeline upload</c> sends and what it leaves behind: only drafts (<see cref="DraftFile.IsDraft"/>), as the
/// pipeline would reject anything else as an unsupported type; each file left behind comes with the reason.
/// </summary>
public sealed record UploadPlan(IReadOnlyList<DraftFile> Drafts, IReadOnlyList<UploadPlan.Skip> Skipped)
{
    public static UploadPlan From(IReadOnlyList<DraftFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new UploadPlan(
            files.Where(file => file.IsDraft).ToList(),
            files.Where(file => !file.IsDraft).Select(file => new Skip(file.BlobName, DraftFormats.NotADraft(file.BlobName))).ToList());
    }

    /// <summary>A file not uploaded, and why.</summary>
    public sealed record Skip(string BlobName, string Reason);
}
