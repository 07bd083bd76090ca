using System.Text.Json;
using Azure.Messaging;
using Azure.Messaging.EventGrid;
using Azure.Messaging.EventGrid.SystemEvents;
using Azure.Storage.Blobs;

namespace Pipeline.Storage.Azure.Events;

/// <summary>
/// Reads the <c>Microsoft.Storage.BlobDeleted</c> events Event Grid delivers to the deletions queue
/// (Event Grid or CloudEvents schema, one event or an array) and names the drafts they delete.
/// Blob triggers never fire on delete, so this is how a removed draft gets unpublished promptly.
/// </summary>
public static class DraftDeletionEvents
{
    private const string SubjectPrefix = "/blobServices/default/containers/";

    /// <summary>
    /// The draft paths deleted by the events in <paramref name="message"/>; events of other types or for
    /// other containers are ignored. A message that is not Event Grid JSON throws <see cref="FormatException"/>.
    /// </summary>
    public static IReadOnlyList<string> DeletedDraftPaths(BinaryData message, string draftsContainer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(draftsContainer);
        try
        {
            var events = IsCloudEventSchema(message)
                ? CloudEvent.ParseMany(message).Select(e => (e.Type, Subject: (string?)e.Subject, Data: (BinaryData?)e.Data))
                : EventGridEvent.ParseMany(message).Select(e => (Type: e.EventType, Subject: (string?)e.Subject, Data: (BinaryData?)e.Data));
            return events
                .Where(e => e.Type == SystemEventNames.StorageBlobDeleted)
                .Select(e => DeletedBlob(e.Subject, e.Data))
                .Where(blob => blob is not null && blob.Value.Container == draftsContainer && blob.Value.Name.Length > 0)
                .Select(blob => blob!.Value.Name)
                .ToArray();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new FormatException("The deletions queue message is not an Event Grid event: " + e.Message, e);
        }
    }

    private static bool IsCloudEventSchema(BinaryData message)
    {
        using var json = JsonDocument.Parse(message);
        var first = json.RootElement.ValueKind == JsonValueKind.Array && json.RootElement.GetArrayLength() > 0
            ? json.RootElement[0]
            : json.RootElement;
        return first.ValueKind == JsonValueKind.Object && first.TryGetProperty("specversion", out _);
    }

    /// <summary>The blob's URL names it exactly (percent-decoded by the parser); the subject is the fallback.</summary>
    private static (string Container, string Name)? DeletedBlob(string? subject, BinaryData? data)
    {
        var url = data is null ? null : StorageBlobDeletedUrl(data);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var blob = new BlobUriBuilder(uri);
            return (blob.BlobContainerName, blob.BlobName);
        }

        if (subject is not null && subject.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            var rest = subject[SubjectPrefix.Length..];
            var separator = rest.IndexOf("/blobs/", StringComparison.Ordinal);
            if (separator > 0)
            {
                return (rest[..separator], rest[(separator + "/blobs/".Length)..]);
            }
        }

        return null;
    }

    private static string? StorageBlobDeletedUrl(BinaryData data)
    {
        var deleted = data.ToObjectFromJson<StorageBlobDeletedEventData>();
        return deleted?.Url;
    }
}
