using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pipeline.Cli.Status;
using Pipeline.Publishing.Api;
using Pipeline.Rendering.Configuration;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline status</c>: every draft's state and warnings, read from a running host's <c>/api/drafts</c>, then every
/// asset's (<c>/api/assets</c>: state, size and variants or refusal reason, the drafts using it) when there are any.
/// </summary>
internal static class StatusCommand
{
    /// <summary>
    /// Environment variable holding the deployed Functions app's function key: <c>/api/drafts</c> and <c>/api/assets</c>
    /// are function-key routes there (the local host has none). An environment variable, not an option, so the key
    /// stays out of shell history and process listings.
    /// </summary>
    internal const string FunctionKeyVariable = "PIPELINE_FUNCTION_KEY";

    /// <summary>The header the Functions host reads a function key from.</summary>
    internal const string FunctionKeyHeader = "x-functions-key";

    public static Command Create()
    {
        var url = new Option<Uri>("--url")
        {
            Description = $"Base URL of a running Pipeline host (for the Functions app, set {FunctionKeyVariable} to its function key).",
            DefaultValueFactory = _ => new Uri("http://localhost:7071"),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
                {
                    return parsed;
                }

                result.AddError($"'{text}' is not an http(s) URL.");
                return null;
            },
        };
        var command = new Command("status", "Show every draft's state (published, scheduled, draft, failed with its error, warnings) and every asset's (published with its variants, failed with the reason, the drafts using it).") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baseUrl = parse.GetValue(url)!;
            using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
            if (Environment.GetEnvironmentVariable(FunctionKeyVariable) is { Length: > 0 } key)
            {
                http.DefaultRequestHeaders.Add(FunctionKeyHeader, key);
            }

            var drafts = await ReadAsync(http, SitePaths.DraftsApi, StatusJsonContext.Default.DraftListView, cancellationToken);
            var assets = await ReadAsync(http, SitePaths.AssetsApi, StatusJsonContext.Default.AssetListView, cancellationToken);
            if (drafts is null || assets is null)
            {
                return 1;
            }

            AnsiConsole.Write(Render(drafts.Drafts, baseUrl));
            if (assets.Assets.Count > 0)
            {
                AnsiConsole.Write(AssetStatusTable.Render(assets.Assets, baseUrl));
            }

            return 0;
        });
        return command;
    }

    /// <summary>The answer of one API path, or null after saying on the console why it could not be read.</summary>
    private static async Task<T?> ReadAsync<T>(HttpClient http, string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await http.GetFromJsonAsync(path, type, cancellationToken)
                ?? throw new HttpRequestException("the answer was empty");
        }
        catch (Exception failure) when (failure is HttpRequestException or JsonException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot read {new Uri(http.BaseAddress!, path)}: {failure.Message}[/]");
            if (failure is HttpRequestException { StatusCode: System.Net.HttpStatusCode.Unauthorized })
            {
                AnsiConsole.MarkupLineInterpolated($"set {FunctionKeyVariable} to the app's function key (docs/deploy.md)");
            }

            return null;
        }
    }

    private static Table Render(IReadOnlyList<DraftStateView> drafts, Uri baseUrl)
    {
        var table = new Table().AddColumns("Draft", "State", "Page or error", "Last seen");
        foreach (var draft in drafts)
        {
            var detail = draft switch
            {
                { Error: { } error } => $"[red]{Markup.Escape(error.Kind)}[/]: {Markup.Escape(error.Message)}" + (error.Line is { } line ? $" (line {line})" : ""),
                { Url: { } page } => Markup.Escape(new Uri(baseUrl, page).ToString()),
                { DueAt: { } due } => $"due {due:u}",
                _ => "",
            };
            table.AddRow(Markup.Escape(draft.Path), StatusStates.Markup(draft.State), detail + WarningLines(draft), draft.LastSeen?.ToString("u") ?? "");
        }

        if (drafts.Count == 0)
        {
            table.Caption("no drafts yet: upload some with 'pipeline upload PATH'");
        }

        return table;
    }

    /// <summary>A published draft may still have warnings (a formula that does not parse): one line each under its page.</summary>
    internal static string WarningLines(DraftStateView draft)
    {
        var lines = draft.Warnings.Select(warning => $"\n[yellow]warning[/] line {warning.Line}: {Markup.Escape(warning.Message)}");
        var omitted = draft.OmittedWarnings is > 0 and var count ? $"\n[yellow]… and {count} more warning(s)[/]" : "";
        return string.Concat(lines) + omitted;
    }
}
