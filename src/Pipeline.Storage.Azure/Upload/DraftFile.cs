namespace Pipeline.Storage.Azure.Upload;

/// <summary>A local file to upload as a draft: where it is, the blob name it gets and its content type.</summary>
public sealed record DraftFile(string LocalPath, string BlobName, string ContentType);
