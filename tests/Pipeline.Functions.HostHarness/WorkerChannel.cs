using System.Collections.Concurrent;
using System.Threading.Channels;
using Pipeline.Functions.HostHarness.Protocol;

namespace Pipeline.Functions.HostHarness;

/// <summary>
/// The one event stream between the harness and a worker: messages queued for the worker, replies
/// matched to the request that awaits them, and every log line the worker sent.
/// </summary>
internal sealed class WorkerChannel
{
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly ConcurrentQueue<RpcLog> _logs = new();
    private readonly TaskCompletionSource<StartStream> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChannelReader<StreamingMessage> Outbound => _outbound.Reader;

    /// <summary>Completes when the worker opened the stream and identified itself.</summary>
    public Task<StartStream> Started => _started.Task;

    public IReadOnlyList<RpcLog> Logs => _logs.ToArray();

    /// <summary>Queues a message and returns the reply whose key (see <see cref="ReplyKey"/>) matches.</summary>
    public Task<StreamingMessage> RequestAsync(StreamingMessage message, string replyKey)
    {
        var reply = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(replyKey, reply))
        {
            throw new InvalidOperationException($"A request awaiting '{replyKey}' is already pending.");
        }

        Post(message);
        return reply.Task;
    }

    public void Post(StreamingMessage message) => _outbound.Writer.TryWrite(message);

    public void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                _started.TrySetResult(message.StartStream);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                _logs.Enqueue(message.RpcLog);
                break;
            default:
                if (ReplyKey(message) is { } key && _pending.TryRemove(key, out var reply))
                {
                    reply.TrySetResult(message);
                }

                break;
        }
    }

    /// <summary>The worker closed the stream (or died): nothing pending will ever be answered.</summary>
    public void Close(Exception? error)
    {
        _outbound.Writer.TryComplete();
        var reason = new IOException("The worker closed its event stream.", error);
        _started.TrySetException(reason);
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var reply))
            {
                reply.TrySetException(reason);
            }
        }
    }

    /// <summary>How a reply names the request it answers: by request id, function id or invocation id.</summary>
    public static string? ReplyKey(StreamingMessage message) => message.ContentCase switch
    {
        StreamingMessage.ContentOneofCase.WorkerInitResponse => "init:" + message.RequestId,
        StreamingMessage.ContentOneofCase.FunctionMetadataResponse => "metadata:" + message.RequestId,
        StreamingMessage.ContentOneofCase.FunctionLoadResponse => "load:" + message.FunctionLoadResponse.FunctionId,
        StreamingMessage.ContentOneofCase.InvocationResponse => "invocation:" + message.InvocationResponse.InvocationId,
        _ => null,
    };
}
