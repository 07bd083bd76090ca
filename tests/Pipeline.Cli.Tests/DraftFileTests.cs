using Pipeline.Cli.Batch;

namespace Pipeline.Cli.Tests;

public sealed class DraftFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Finds_drafts_recursively_in_ordinal_order_with_slash_separated_relative_paths()
    {
        folder.Write("b.md", "");
        folder.Write("news/2025/a.ja.txt", "");
        folder.Write("a.md", "");

        var found = DraftFile.Find(folder.Path);

        Assert.Equal(["a.md", "b.md", "news/2025/a.ja.txt"], found.Select(f => f.RelativePath));
        Assert.All(found, f => Assert.True(File.Exists(f.FullPath)));
    }

    [Fact]
    public void Ignores_hidden_files_and_folders()
    {
        folder.Write(".complete", "");
        folder.Write(".git/config.md", "");
        folder.Write("post.md", "");

        Assert.Equal(["post.md"], DraftFile.Find(folder.Path).Select(f => f.RelativePath));
    }
}
