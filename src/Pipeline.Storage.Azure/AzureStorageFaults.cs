using System.Net.Sockets;
using Azure;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>
/// Storage faults as the Azure SDK reports them once its retries are spent: no response at all (status 0: refused,
/// reset, DNS), 408, 429 and 5xx, possibly wrapped in the <see cref="AggregateException"/> of the retry policy
/// ("Retry failed after N tries"), or the socket and timeout exceptions underneath.
/// </summary>
public sealed class AzureStorageFaults : IStorageFaults
{
    public bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        HttpRequestException or SocketException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };
}
