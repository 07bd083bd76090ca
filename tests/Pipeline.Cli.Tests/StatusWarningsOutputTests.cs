using Pipeline.Publishing.Api;

namespace Pipeline.Cli.Tests;

/// <summary><c>pipeline status</c> lists a draft's warnings under its page, one line each, markup escaped.</summary>
public sealed class StatusWarningsOutputTests
{
    [Fact]
    public void Each_warning_is_a_line_and_the_omitted_ones_are_counted()
    {
        var draft = new DraftStateView
        {
            Path = "a.md",
            State = "published",
            Warnings = [new DraftWarningView(7, "math: '[b]' does not parse"), new DraftWarningView(12, "image missing")],
            OmittedWarnings = 4,
        };

        var lines = StatusCommand.WarningLines(draft);

        Assert.Equal(
            "\n[yellow]warning[/] line 7: math: '[[b]]' does not parse\n[yellow]warning[/] line 12: image missing\n[yellow]… and 4 more warning(s)[/]",
            lines);
    }

    [Fact]
    public void A_draft_without_warnings_adds_nothing() =>
        Assert.Equal("", StatusCommand.WarningLines(new DraftStateView { Path = "a.md", State = "published" }));
}
