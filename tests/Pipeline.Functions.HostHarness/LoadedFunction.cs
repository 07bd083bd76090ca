using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Functions.HostHarness.Protocol;

namespace Pipeline.Functions.HostHarness;

/// <summary>A function the worker reported and loaded, with its trigger binding read from the raw metadata.</summary>
public sealed class LoadedFunction
{
    private readonly HttpRoute? _httpRoute;

    internal LoadedFunction(RpcFunctionMetadata metadata)
    {
        Metadata = metadata;
        Bindings = metadata.RawBindings.Select(raw => JsonDocument.Parse(raw).RootElement.Clone()).ToArray();
        Trigger = Bindings.Single(IsTrigger);
        TriggerName = Trigger.GetProperty("name").GetString()!;
        TriggerType = Trigger.GetProperty("type").GetString()!;
        if (IsHttp)
        {
            // The host's default route is the function name.
            Route = Trigger.TryGetProperty("route", out var route) && route.GetString() is { Length: > 0 } r ? r : Name;
            Methods = Trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
                ? methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToArray()
                : [];
            _httpRoute = new HttpRoute(Route);
        }
    }

    public string Id => Metadata.FunctionId;

    public string Name => Metadata.Name;

    public RpcFunctionMetadata Metadata { get; }

    public IReadOnlyList<JsonElement> Bindings { get; }

    public JsonElement Trigger { get; }

    /// <summary>The trigger parameter's binding name (the invocation input carries this name).</summary>
    public string TriggerName { get; }

    public string TriggerType { get; }

    public bool IsHttp => TriggerType.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase);

    public string? Route { get; }

    /// <summary>Upper-case HTTP methods; empty means every method.</summary>
    public IReadOnlyList<string> Methods { get; } = [];

    /// <summary>With two matching routes the host prefers the more specific (lower) one.</summary>
    internal decimal RoutePrecedence => _httpRoute?.Precedence ?? decimal.MaxValue;

    internal bool TryMatch(HttpMethod method, PathString path, out RouteValueDictionary values)
    {
        values = new RouteValueDictionary();
        return _httpRoute is not null
            && (Methods.Count == 0 || Methods.Contains(method.Method.ToUpperInvariant()))
            && _httpRoute.TryMatch(path, out values);
    }

    private static bool IsTrigger(JsonElement binding) =>
        binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)
        && string.Equals(binding.GetProperty("direction").GetString(), "In", StringComparison.OrdinalIgnoreCase);
}
