using System.Text.Json;
using Google.Protobuf;
using Pipeline.Functions.HostHarness.Protocol;

namespace Pipeline.Functions.HostHarness;

/// <summary>Trigger inputs shaped the way the Functions host sends them to an isolated worker.</summary>
public static class HostInputs
{
    /// <summary>
    /// A blob reference for SDK-type bindings (<c>BlobClient</c>, <c>Stream</c>): the worker builds the client
    /// itself from the named connection setting, so no blob bytes travel over the protocol.
    /// </summary>
    public static TypedData Blob(string connectionSetting, string container, string blobName) => new()
    {
        ModelBindingData = new ModelBindingData
        {
            Source = "AzureStorageBlobs",
            Version = "1.0",
            ContentType = "application/json",
            Content = ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(new
            {
                Connection = connectionSetting,
                ContainerName = container,
                BlobName = blobName,
            })),
        },
    };

    /// <summary>A queue message or any other plain text input.</summary>
    public static TypedData Text(string value) => new() { String = value };

    /// <summary>The timer trigger's payload.</summary>
    public static TypedData Timer(bool isPastDue = false) => new()
    {
        Json = JsonSerializer.Serialize(new
        {
            Schedule = new { AdjustForDST = true },
            ScheduleStatus = (object?)null,
            IsPastDue = isPastDue,
        }),
    };
}
