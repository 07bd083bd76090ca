namespace Pipeline.Cli.Status;

/// <summary>One colour per state word of <c>/api/drafts</c> and <c>/api/assets</c>, so both tables read alike.</summary>
internal static class StatusStates
{
    public static string Markup(string state) => state switch
    {
        "published" => "[green]published[/]",
        "failed" or "poisoned" => $"[red]{state}[/]",
        "scheduled" or "deleted" => $"[yellow]{state}[/]",
        _ => Spectre.Console.Markup.Escape(state),
    };
}
