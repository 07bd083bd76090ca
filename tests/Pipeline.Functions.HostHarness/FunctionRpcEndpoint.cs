using Grpc.Core;
using Pipeline.Functions.HostHarness.Protocol;

namespace Pipeline.Functions.HostHarness;

/// <summary>The host's end of <c>FunctionRpc/EventStream</c>: pumps the <see cref="WorkerChannel"/> both ways.</summary>
internal sealed class FunctionRpcEndpoint(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(
        IAsyncStreamReader<StreamingMessage> requestStream,
        IServerStreamWriter<StreamingMessage> responseStream,
        ServerCallContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var writing = WriteAllAsync(responseStream, stop.Token);
        Exception? error = null;
        try
        {
            await foreach (var message in requestStream.ReadAllAsync(stop.Token))
            {
                channel.Receive(message);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or Grpc.Core.RpcException)
        {
            error = e;
        }
        finally
        {
            channel.Close(error);
            await stop.CancelAsync();
            await writing;
        }
    }

    private async Task WriteAllAsync(IServerStreamWriter<StreamingMessage> responseStream, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in channel.Outbound.ReadAllAsync(cancellationToken))
            {
                await responseStream.WriteAsync(message, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The stream is going away; Close() fails whatever still awaits a reply.
        }
    }
}
