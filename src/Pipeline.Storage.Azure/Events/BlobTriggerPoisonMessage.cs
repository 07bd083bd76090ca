using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Storage.Azure.Events;

/// <summary>
/// What the blob-trigger engine writes to <c>webjobs-blobtrigger-poison</c> after its last failed attempt:
/// which blob (and which version, by ETag) it gave up on. It carries no error text.
/// </summary>
public sealed record BlobTriggerPoisonMessage(
    [property: JsonPropertyName("ContainerName")] string ContainerName,
    [property: JsonPropertyName("BlobName")] string BlobName,
    [property: JsonPropertyName("ETag")] string? ETag,
    [property: JsonPropertyName("FunctionId")] string? FunctionId)
{
    /// <summary>Reads a poison message; anything that is not one throws <see cref="FormatException"/>.</summary>
    public static BlobTriggerPoisonMessage Parse(string message)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<BlobTriggerPoisonMessage>(message);
            if (parsed is null || string.IsNullOrEmpty(parsed.ContainerName) || string.IsNullOrEmpty(parsed.BlobName))
            {
                throw new FormatException("The poison message names no container and blob.");
            }

            return parsed;
        }
        catch (JsonException e)
        {
            throw new FormatException("The poison message is not blob-trigger JSON: " + e.Message, e);
        }
    }
}
