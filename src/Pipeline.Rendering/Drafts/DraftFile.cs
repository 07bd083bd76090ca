namespace Pipeline.Rendering.Drafts;

/// <summary>
/// A local file found where drafts are kept: where it is, the blob name it gets, and its <see cref="Format"/> —
/// null when it is not a draft (an image beside the drafts, a <c>.html</c> file), which the pipeline would reject.
/// </summary>
public sealed record DraftFile(string LocalPath, string BlobName, DraftFormat? Format)
{
    public bool IsDraft => Format is not null;

    /// <summary>The content type the file is stored with: by its format, or <see cref="ContentTypes.OctetStream"/>.</summary>
    public string ContentType => Format is { } format ? DraftFormats.ContentType(format) : ContentTypes.OctetStream;

    /// <summary>Classifies a file by <see cref="DraftFormats.TryGet"/>.</summary>
    public static DraftFile For(string localPath, string blobName) =>
        new(localPath, blobName, DraftFormats.TryGet(blobName, out var format) ? format : null);
}
