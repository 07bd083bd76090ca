using Azure;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Storage.Azure;

/// <summary>
/// A draft's status row (partition <see cref="Partition"/>), as the table stores it. Property names are the stored
/// ones, with one exception: the draft version the status describes is <see cref="SourceETag"/> (the draft-record
/// row's name for it), because the SDK reserves a typed entity's <c>ETag</c> for the row's own ETag. Rows written
/// before carry it as <c>ETag</c>, which this type does not read: such a row reads as "version unknown", so the
/// next reconcile looks at that draft once more and rewrites its row (see docs/architecture.md, "Table rows").
/// </summary>
internal sealed class DraftStatusEntity : ITableEntity
{
    public const string Partition = "draft";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Path { get; set; } = "";
    public string State { get; set; } = "";
    public string? SourceETag { get; set; }
    public string? RendererVersion { get; set; }
    public string? Slug { get; set; }
    public string? LiveSlug { get; set; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The <see cref="DraftErrorKind"/> member's name: the format rows have always had.</summary>
    public string? ErrorKind { get; set; }

    public string? Message { get; set; }
    public int? Line { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }
    public int Attempts { get; set; }

    /// <summary>The render's warnings as JSON (<see cref="StatusWarningsJson"/>); null when there are none.</summary>
    public string? Warnings { get; set; }

    /// <summary>How many warnings the list left out; null when none were.</summary>
    public int? OmittedWarnings { get; set; }

    public static DraftStatusEntity From(DraftStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new DraftStatusEntity
        {
            RowKey = DraftStatusKeys.For(status.Path),
            Path = status.Path,
            State = status.State.ToString(),
            SourceETag = status.ETag,
            RendererVersion = status.RendererVersion,
            Slug = status.Slug,
            LiveSlug = status.LiveSlug,
            DueAt = status.DueAt,
            ErrorKind = status.ErrorKind?.ToString(),
            Message = status.Message,
            Line = status.Line,
            FirstSeen = status.FirstSeen,
            LastSeen = status.LastSeen,
            Attempts = status.Attempts,
            Warnings = StatusWarningsJson.Write(status.Warnings),
            OmittedWarnings = status.OmittedWarnings == 0 ? null : status.OmittedWarnings,
        };
    }

    public DraftStatus ToStatus() => new()
    {
        Path = Path,
        State = Enum.Parse<DraftState>(State),
        ETag = SourceETag,
        RendererVersion = RendererVersion,
        Slug = Slug,
        LiveSlug = LiveSlug,
        DueAt = DueAt,
        ErrorKind = Enum.TryParse<DraftErrorKind>(ErrorKind, out var kind) ? kind : null,
        Message = Message,
        Line = Line,
        FirstSeen = FirstSeen,
        LastSeen = LastSeen,
        Attempts = Attempts,
        Warnings = StatusWarningsJson.Read(Warnings),
        OmittedWarnings = OmittedWarnings ?? 0,
    };
}
