using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Publishing.Api;
using Pipeline.Rendering.Configuration;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline status</c>: every draft's state, read from a running host's <c>/api/drafts</c>.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var url = new Option<Uri>("--url")
        {
            Description = "Base URL of a running Pipeline host.",
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
        var command = new Command("status", "Show every draft's state (published, scheduled, draft, failed with its error).") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baseUrl = parse.GetValue(url)!;
            DraftListView? view;
            try
            {
                using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
                view = await http.GetFromJsonAsync<DraftListView>(SitePaths.DraftsApi, new JsonSerializerOptions(JsonSerializerDefaults.Web), cancellationToken);
            }
            catch (HttpRequestException failure)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Cannot read {baseUrl}{SitePaths.DraftsApi.TrimStart('/')}: {failure.Message}[/]");
                return 1;
            }

            AnsiConsole.Write(Render(view?.Drafts ?? [], baseUrl));
            return 0;
        });
        return command;
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
            table.AddRow(Markup.Escape(draft.Path), StateMarkup(draft.State), detail + WarningLines(draft), draft.LastSeen?.ToString("u") ?? "");
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

    private static string StateMarkup(string state) => state switch
    {
        "published" => "[green]published[/]",
        "failed" => "[red]failed[/]",
        "scheduled" => "[yellow]scheduled[/]",
        _ => Markup.Escape(state),
    };
}
