using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Functions.HostHarness.Protocol;

namespace Pipeline.Functions.HostHarness;

/// <summary>
/// Plays the Azure Functions host for one real worker process: serves <c>FunctionRpc/EventStream</c> on a
/// loopback port, launches the built worker against it, initialises it, indexes and loads its functions,
/// then invokes them on request — triggers over gRPC, HTTP functions over gRPC plus a real HTTP request
/// to the worker's own endpoint, as the host does with ASP.NET Core integration.
/// </summary>
public sealed class FunctionsHost : IAsyncDisposable
{
    /// <summary>Header that ties a proxied HTTP request to its invocation.</summary>
    public const string InvocationIdHeader = "x-ms-invocation-id";

    private const string HostVersion = "4.1000.0";
    private readonly FunctionsHostOptions _options;
    private readonly WebApplication _server;
    private readonly WorkerChannel _channel;
    private readonly List<KeyValuePair<string, TimeSpan>> _milestones = [];
    private WorkerProcess? _worker;
    private HttpClient? _http;

    private FunctionsHost(FunctionsHostOptions options, WebApplication server, WorkerChannel channel)
    {
        _options = options;
        _server = server;
        _channel = channel;
    }

    public IReadOnlyList<LoadedFunction> Functions { get; private set; } = [];

    /// <summary>Where the worker's ASP.NET Core integration listens (its <c>HttpUri</c> capability).</summary>
    public Uri? HttpUri { get; private set; }

    /// <summary>Every log line the worker sent over the stream so far.</summary>
    public IReadOnlyList<RpcLog> Logs => _channel.Logs;

    /// <summary>
    /// How long after launching the worker each start-up step of the protocol completed (stream opened, init,
    /// metadata, functions loaded, HTTP listening): where a cold start's time goes, for the cold-start bench.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Milestones => _milestones;

    /// <summary>The worker's process id (for its CPU time in /proc), or null before it started.</summary>
    public int? WorkerProcessId => _worker?.Id;

    /// <summary>The worker's recent stdout/stderr.</summary>
    public string WorkerOutput => _worker?.Output ?? "";

    public static async Task<FunctionsHost> StartAsync(FunctionsHostOptions options, CancellationToken cancellationToken = default)
    {
        var channel = new WorkerChannel();
        var server = BuildServer(channel);
        await server.StartAsync(cancellationToken);
        var host = new FunctionsHost(options, server, channel);
        try
        {
            await host.StartWorkerAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public LoadedFunction Function(string name) =>
        Functions.SingleOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"The worker reported no function '{name}' (it has: {string.Join(", ", Functions.Select(f => f.Name))}).", nameof(name));

    /// <summary>Invokes a non-HTTP function with its trigger input and optional trigger metadata.</summary>
    public Task<InvocationResult> InvokeAsync(
        string functionName,
        TypedData triggerInput,
        IReadOnlyDictionary<string, TypedData>? triggerMetadata = null,
        CancellationToken cancellationToken = default)
    {
        var function = Function(functionName);
        var request = NewInvocation(function, triggerInput, triggerMetadata);
        return AwaitInvocationAsync(request, cancellationToken);
    }

    /// <summary>
    /// Routes the request to the HTTP function whose route and methods match (as the host would), sends
    /// the invocation, then the real request to the worker with the invocation id header.
    /// </summary>
    public async Task<HttpInvocation> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        if (_http is null || HttpUri is null)
        {
            throw new InvalidOperationException("The worker advertised no HttpUri: is ASP.NET Core integration configured?");
        }

        var path = PathString.FromUriComponent("/" + request.RequestUri!.OriginalString.Split('?')[0].TrimStart('/'));
        var (function, routeValues) = Route(request.Method, path);
        var triggerInput = new TypedData
        {
            Http = new RpcHttp { Method = request.Method.Method, Url = new Uri(HttpUri, request.RequestUri).ToString() },
        };
        var metadata = routeValues.ToDictionary(v => v.Key, v => new TypedData { String = Convert.ToString(v.Value) ?? "" });
        var invocation = NewInvocation(function, triggerInput, metadata);
        var reply = AwaitInvocationAsync(invocation, cancellationToken);

        request.Headers.Add(InvocationIdHeader, invocation.InvocationRequest.InvocationId);
        var response = await _http.SendAsync(request, cancellationToken);
        return new HttpInvocation(function.Name, await reply, response);
    }

    public Task<HttpInvocation> GetAsync(string pathAndQuery, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            if (!_worker.HasExited)
            {
                // Ask politely first (the worker stops on its own); the process is killed either way.
                _channel.Post(new StreamingMessage
                {
                    WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(1)) },
                });
                await _worker.WaitForExitAsync(TimeSpan.FromSeconds(3));
            }

            _worker.Dispose();
        }

        _http?.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private static WebApplication BuildServer(WorkerChannel channel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = null;
            grpc.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(channel);
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcEndpoint>();
        return app;
    }

    private async Task StartWorkerAsync(CancellationToken cancellationToken)
    {
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var hostUri = new Uri(address.EndsWith('/') ? address : address + "/");
        var workerId = Guid.NewGuid().ToString();
        var launched = Stopwatch.StartNew();
        void Reached(string step) => _milestones.Add(new(step, launched.Elapsed));
        _worker = WorkerProcess.Start(_options, hostUri, workerId, Guid.NewGuid().ToString());
        await WithTimeout(_channel.Started, "StartStream", cancellationToken);
        Reached("stream");

        var appDirectory = Path.GetFullPath(_options.AppDirectory);
        var init = await RequestAsync(
            new StreamingMessage
            {
                WorkerInitRequest = new WorkerInitRequest
                {
                    HostVersion = HostVersion,
                    WorkerDirectory = appDirectory,
                    FunctionAppDirectory = appDirectory,
                },
            },
            "init",
            cancellationToken);
        EnsureSuccess(init.WorkerInitResponse.Result, "WorkerInitRequest");
        Reached("init");
        if (init.WorkerInitResponse.Capabilities.TryGetValue("HttpUri", out var httpUri))
        {
            HttpUri = new Uri(httpUri.EndsWith('/') ? httpUri : httpUri + "/");
            _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = HttpUri, Timeout = _options.ReplyTimeout };
        }

        var metadata = await RequestAsync(
            new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory } },
            "metadata",
            cancellationToken);
        EnsureSuccess(metadata.FunctionMetadataResponse.Result, "FunctionsMetadataRequest");
        Reached("metadata");

        var functions = new List<LoadedFunction>();
        foreach (var function in metadata.FunctionMetadataResponse.FunctionMetadataResults)
        {
            var load = await WithTimeout(
                _channel.RequestAsync(
                    new StreamingMessage
                    {
                        RequestId = Guid.NewGuid().ToString(),
                        FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = function },
                    },
                    "load:" + function.FunctionId),
                "FunctionLoadRequest " + function.Name,
                cancellationToken);
            EnsureSuccess(load.FunctionLoadResponse.Result, "FunctionLoadRequest " + function.Name);
            functions.Add(new LoadedFunction(function));
        }

        Functions = functions;
        Reached("loaded");
        if (HttpUri is not null)
        {
            await WaitUntilListeningAsync(HttpUri, cancellationToken);
            Reached("listening");
        }
    }

    /// <summary>
    /// The worker advertises its HTTP endpoint at init, but Kestrel starts with the worker's other hosted services, so
    /// it may not listen yet; requests are forwarded only once it accepts connections (bounded by the reply timeout).
    /// </summary>
    private async Task WaitUntilListeningAsync(Uri uri, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var client = new System.Net.Sockets.TcpClient();
            try
            {
                await client.ConnectAsync(uri.Host, uri.Port, cancellationToken);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (deadline.Elapsed < _options.ReplyTimeout)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private Task<StreamingMessage> RequestAsync(StreamingMessage message, string kind, CancellationToken cancellationToken)
    {
        message.RequestId = Guid.NewGuid().ToString();
        return WithTimeout(_channel.RequestAsync(message, kind + ":" + message.RequestId), message.ContentCase.ToString(), cancellationToken);
    }

    private (LoadedFunction Function, Microsoft.AspNetCore.Routing.RouteValueDictionary Values) Route(HttpMethod method, PathString path)
    {
        foreach (var function in Functions.Where(f => f.IsHttp).OrderBy(f => f.RoutePrecedence))
        {
            if (function.TryMatch(method, path, out var values))
            {
                return (function, values);
            }
        }

        throw new InvalidOperationException($"No HTTP function route matches {method} {path}.");
    }

    private static StreamingMessage NewInvocation(LoadedFunction function, TypedData triggerInput, IReadOnlyDictionary<string, TypedData>? triggerMetadata)
    {
        // The worker dereferences the trace context on every invocation; the host always sends one.
        var traceParent = $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01";
        var request = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = function.Id,
            TraceContext = new RpcTraceContext { TraceParent = traceParent, TraceState = "" },
        };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerName, Data = triggerInput });
        foreach (var (name, value) in triggerMetadata ?? new Dictionary<string, TypedData>())
        {
            request.TriggerMetadata[name] = value;
        }

        return new StreamingMessage { RequestId = Guid.NewGuid().ToString(), InvocationRequest = request };
    }

    private async Task<InvocationResult> AwaitInvocationAsync(StreamingMessage request, CancellationToken cancellationToken)
    {
        var invocationId = request.InvocationRequest.InvocationId;
        var reply = await WithTimeout(_channel.RequestAsync(request, "invocation:" + invocationId), "InvocationRequest", cancellationToken);
        var result = reply.InvocationResponse.Result;
        var error = result.Exception is { } e ? e.Message : null;
        return new InvocationResult(invocationId, result.Status, error, Logs.Where(l => l.InvocationId == invocationId).ToArray());
    }

    private async Task<T> WithTimeout<T>(Task<T> reply, string what, CancellationToken cancellationToken)
    {
        try
        {
            // A worker that died will never answer: fail at once, with its output.
            await Task.WhenAny(reply, _worker!.Exited).WaitAsync(_options.ReplyTimeout, cancellationToken);
            if (!reply.IsCompleted)
            {
                throw new IOException("The worker process exited.");
            }

            return await reply;
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            throw new InvalidOperationException(
                $"The worker did not answer {what}: {e.Message}{Environment.NewLine}Worker output:{Environment.NewLine}{WorkerOutput}",
                e);
        }
    }

    private void EnsureSuccess(StatusResult? result, string what)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException(
                $"The worker failed {what}: {result?.Exception?.Message ?? result?.Result}{Environment.NewLine}Worker output:{Environment.NewLine}{WorkerOutput}");
        }
    }
}
