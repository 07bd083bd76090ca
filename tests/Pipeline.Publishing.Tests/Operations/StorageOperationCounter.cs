using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Pipeline.Publishing.Tests.Operations;

/// <summary>
/// Records every storage operation the clients it is added to send, as "METHOD service resource", so a test can
/// count and name what one publish costs. Its policies sit at <see cref="HttpPipelinePosition.PerCall"/>: one entry
/// per operation, retries not counted again. <see cref="Reset"/> starts a new count.
/// </summary>
public sealed class StorageOperationCounter
{
    private readonly ConcurrentQueue<string> _operations = new();

    public IReadOnlyList<string> Operations => [.. _operations];

    public void Reset() => _operations.Clear();

    /// <summary>The policy to add to one client's options; <paramref name="service"/> labels its entries ("blob", "table").</summary>
    public HttpPipelinePolicy For(string service) => new CountingPolicy(service, _operations);

    private sealed class CountingPolicy(string service, ConcurrentQueue<string> operations) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            // Path style against Azurite: /devstoreaccount1/<container or table>/<blob or key>.
            var path = Uri.UnescapeDataString(message.Request.Uri.ToUri().AbsolutePath);
            var resource = path.Split('/', 3).ElementAtOrDefault(2) ?? "";
            operations.Enqueue($"{message.Request.Method} {service} {resource}");
        }
    }
}
