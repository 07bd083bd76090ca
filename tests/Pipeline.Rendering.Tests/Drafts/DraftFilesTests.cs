using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Tests.Drafts;

/// <summary>What <c>pipeline upload</c> and <c>pipeline render</c> find: blob names from files and folders, each classified draft or not.</summary>
public sealed class DraftFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-upload-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_folder_yields_every_visible_file_under_its_relative_path()
    {
        Write("posts/2025/hello.md");
        Write("posts/東京.txt");
        Write("posts/photo.png");
        Write("posts/.git/config");
        Write("posts/.draft.md");

        var files = DraftFiles.Find([Path.Combine(_root, "posts")]);

        Assert.Equal(["2025/hello.md", "photo.png", "東京.txt"], files.Select(f => f.BlobName));
        Assert.Equal([true, false, true], files.Select(f => f.IsDraft));
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
        Assert.Equal(contentType, DraftFile.For(name, name).ContentType);
    }

    [Theory]
    [InlineData("a.md", true)]
    [InlineData("a.Markdown", true)]
    [InlineData("a.txt", true)]
    [InlineData("a.mdown", false)]
    [InlineData("a.text", false)]
    [InlineData("a.html", false)]
    [InlineData("a.htm", false)]
    [InlineData("a.png", false)]
    public void A_file_is_a_draft_exactly_when_the_renderer_accepts_its_name(string name, bool isDraft)
    {
        Assert.Equal(isDraft, DraftFile.For(name, name).IsDraft);
        var rejected = Record.Exception(() => DraftFormats.Get(name));
        Assert.Equal(isDraft, rejected is null);
        if (rejected is not null)
        {
            Assert.Equal(DraftErrorKind.UnsupportedType, Assert.IsType<DraftException>(rejected).Kind);
        }
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
