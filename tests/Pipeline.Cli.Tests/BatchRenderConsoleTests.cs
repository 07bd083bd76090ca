using Pipeline.Cli.Batch;

namespace Pipeline.Cli.Tests;

public sealed class BatchRenderConsoleTests : IDisposable
{
    private readonly TempFolder _drafts = new();
    private readonly TempFolder _output = new();

    public void Dispose()
    {
        _drafts.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void Exit_code_is_zero_when_every_draft_renders()
    {
        _drafts.Write("a.md", "slug: a");

        Assert.Equal(0, BatchRenderConsole.Run(new ScriptedRenderer(), _drafts.Path, _output.Path));
    }

    [Fact]
    public void Exit_code_is_one_when_any_draft_fails()
    {
        _drafts.Write("a.md", "slug: a");
        _drafts.Write("b.md", "fail: no title");

        Assert.Equal(1, BatchRenderConsole.Run(new ScriptedRenderer(), _drafts.Path, _output.Path));
    }

    [Fact]
    public void Exit_code_is_two_when_the_folder_is_missing()
    {
        Assert.Equal(2, BatchRenderConsole.Run(new ScriptedRenderer(), Path.Combine(_drafts.Path, "missing"), outputDirectory: null));
    }
}
