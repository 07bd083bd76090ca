using Pipeline.Storage.Azure.Upload;

namespace Pipeline.Storage.Azure.Tests;

/// <summary>What <c>pipeline upload</c> sends: blob names from files and folders, content types by extension.</summary>
public sealed class DraftFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-upload-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_folder_uploads_every_visible_file_under_its_relative_path()
    {
        Write("posts/2025/hello.md");
        Write("posts/東京.txt");
        Write("posts/.git/config");
        Write("posts/.draft.md");

        var files = DraftFiles.Find([Path.Combine(_root, "posts")]);

        Assert.Equal(["2025/hello.md", "東京.txt"], files.Select(f => f.BlobName));
    }

    [Fact]
    public void A_file_uploads_under_its_name_and_a_prefix_is_a_folder()
    {
        var file = Write("deep/inside/note.markdown");

        Assert.Equal("note.markdown", Assert.Single(DraftFiles.Find([file])).BlobName);
        Assert.Equal("news/note.markdown", Assert.Single(DraftFiles.Find([file], "/news/")).BlobName);
    }

    [Theory]
    [InlineData("a.md", "text/markdown; charset=utf-8")]
    [InlineData("a.MARKDOWN", "text/markdown; charset=utf-8")]
    [InlineData("a.txt", "text/plain; charset=utf-8")]
    [InlineData("a.png", "application/octet-stream")]
    [InlineData("noextension", "application/octet-stream")]
    public void The_content_type_follows_the_extension(string name, string contentType)
    {
        Assert.Equal(contentType, DraftFiles.ContentTypeFor(name));
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it()
    {
        var missing = Path.Combine(_root, "nope.md");

        var error = Assert.Throws<FileNotFoundException>(() => DraftFiles.Find([missing]));
        Assert.Contains("nope.md", error.Message, StringComparison.Ordinal);
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }
}
