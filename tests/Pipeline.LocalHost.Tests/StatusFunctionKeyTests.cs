using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// <c>pipeline status</c> against the deployed Functions app, where <c>/api/drafts</c> and <c>/api/assets</c> are
/// function-key routes: the CLI sends <c>PIPELINE_FUNCTION_KEY</c> as <c>x-functions-key</c>, and without it says what
/// to set. A stand-in answers as the Functions host does (401 without the key).
/// </summary>
public sealed class StatusFunctionKeyTests : IDisposable
{
    private const string Key = "test-function-key";
    private readonly HttpListener _listener = new();
    private readonly List<string?> _keysSeen = [];
    private readonly Uri _url;

    public StatusFunctionKeyTests()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(_url.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    [Fact]
    public async Task The_key_from_the_environment_reaches_both_api_routes()
    {
        var status = await CliProcess.RunAsync(new Dictionary<string, string> { ["PIPELINE_FUNCTION_KEY"] = Key }, "status", "--url", _url.ToString());

        Assert.True(status.ExitCode == 0, status.Output);
        Assert.Equal([Key, Key], _keysSeen);
    }

    [Fact]
    public async Task Without_the_key_the_refusal_names_the_variable_to_set()
    {
        var status = await CliProcess.RunAsync(new Dictionary<string, string> { ["PIPELINE_FUNCTION_KEY"] = "" }, "status", "--url", _url.ToString());

        Assert.Equal(1, status.ExitCode);
        Assert.Contains("401", status.Output, StringComparison.Ordinal);
        Assert.Contains("PIPELINE_FUNCTION_KEY", status.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception closed) when (closed is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var key = context.Request.Headers["x-functions-key"];
            lock (_keysSeen)
            {
                _keysSeen.Add(key);
            }

            var body = context.Request.Url!.AbsolutePath switch
            {
                "/api/drafts" => """{"drafts":[]}""",
                "/api/assets" => """{"assets":[]}""",
                _ => null,
            };
            context.Response.StatusCode = key != Key ? 401 : body is null ? 404 : 200;
            var bytes = Encoding.UTF8.GetBytes(context.Response.StatusCode == 200 ? body! : "");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
