using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Storage.Azure;

/// <summary>Status rows share one partition (so listing all drafts is one range scan), keyed by the escaped draft path.</summary>
internal sealed class AzureDraftStatusStore(TableClient table) : IDraftStatusStore
{
    private const string Partition = "draft";

    public async Task<DraftStatus?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, IndexKeys.Escape(path), cancellationToken: cancellationToken);
        return response.HasValue ? ToStatus(response.Value!) : null;
    }

    public async IAsyncEnumerable<DraftStatus> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            yield return ToStatus(entity);
        }
    }

    public async Task SetAsync(DraftStatus status, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(Partition, IndexKeys.Escape(status.Path))
        {
            ["Path"] = status.Path,
            ["State"] = status.State.ToString(),
            ["ETag"] = status.ETag,
            ["RendererVersion"] = status.RendererVersion,
            ["Slug"] = status.Slug,
            ["LiveSlug"] = status.LiveSlug,
            ["DueAt"] = status.DueAt,
            ["ErrorKind"] = status.ErrorKind?.ToString(), // the member's name: the format rows have always had
            ["Message"] = status.Message,
            ["Line"] = status.Line,
            ["FirstSeen"] = status.FirstSeen,
            ["LastSeen"] = status.LastSeen,
            ["Attempts"] = status.Attempts,
            ["Warnings"] = StatusWarningsJson.Write(status.Warnings),
            ["OmittedWarnings"] = status.OmittedWarnings == 0 ? null : status.OmittedWarnings,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        await table.DeleteEntityAsync(Partition, IndexKeys.Escape(path), cancellationToken: cancellationToken);

    private static DraftStatus ToStatus(TableEntity entity) => new()
    {
        Path = entity.GetString("Path"),
        State = Enum.Parse<DraftState>(entity.GetString("State")),
        ETag = entity.GetString("ETag"),
        RendererVersion = entity.GetString("RendererVersion"),
        Slug = entity.GetString("Slug"),
        LiveSlug = entity.GetString("LiveSlug"),
        DueAt = entity.GetDateTimeOffset("DueAt"),
        ErrorKind = Enum.TryParse<DraftErrorKind>(entity.GetString("ErrorKind"), out var kind) ? kind : null,
        Message = entity.GetString("Message"),
        Line = entity.GetInt32("Line"),
        FirstSeen = entity.GetDateTimeOffset("FirstSeen") ?? default,
        LastSeen = entity.GetDateTimeOffset("LastSeen") ?? default,
        Attempts = entity.GetInt32("Attempts") ?? 0,
        Warnings = StatusWarningsJson.Read(entity.GetString("Warnings")),
        OmittedWarnings = entity.GetInt32("OmittedWarnings") ?? 0,
    };
}
