using Pipeline.Storage.Azure.Upload;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Azure.Tests.Upload;

/// <summary>The authored date <c>pipeline upload</c> stores with each file: its last git commit, else its modification time.</summary>
public sealed class UploadMetadataTests
{
    private static readonly DateTimeOffset First = new(2021, 3, 1, 9, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset Second = new(2022, 5, 1, 18, 30, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task Each_committed_file_is_dated_by_its_last_commit_and_the_rest_by_modification_time()
    {
        using var repository = new TemporaryGitRepository();
        var unchanged = repository.Write("articles/unchanged-post.md", "one");
        var edited = repository.Write("articles/edited-post.md", "one");
        repository.Commit(First);
        repository.Write("articles/edited-post.md", "two");
        var japanese = repository.Write("articles/日本語 の記事.md", "new");
        repository.Commit(Second);
        var untracked = repository.Write("articles/not-committed.md", "draft");
        var untrackedTime = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untracked, untrackedTime);

        var metadata = await UploadMetadata.ReadAsync([unchanged, edited, japanese, untracked]);

        Assert.Equal(First, metadata.AuthoredOn(unchanged));
        Assert.Equal(Second, metadata.AuthoredOn(edited));
        Assert.Equal(Second, metadata.AuthoredOn(japanese));
        Assert.Equal(new DateTimeOffset(untrackedTime), metadata.AuthoredOn(untracked));
    }

    [Fact]
    public async Task A_file_outside_any_repository_is_dated_by_its_modification_time()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-nogit-");
        try
        {
            var file = Path.Combine(folder.FullName, "post.md");
            File.WriteAllText(file, "text");
            var time = new DateTime(2019, 7, 8, 9, 10, 11, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(file, time);

            var metadata = await UploadMetadata.ReadAsync([file]);

            Assert.Equal(new DateTimeOffset(time), metadata.AuthoredOn(file));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_blob_metadata_carries_the_date_under_one_name_and_reads_back()
    {
        using var repository = new TemporaryGitRepository();
        var file = repository.Write("post.md", "text");
        repository.Commit(Second);

        var blobMetadata = (await UploadMetadata.ReadAsync([file])).For(file);

        Assert.Equal([DraftBlobMetadata.AuthoredOn], blobMetadata.Keys);
        Assert.Equal(Second, DraftBlobMetadata.ReadAuthoredOn(blobMetadata));
        Assert.All(blobMetadata.Values, value => Assert.True(value.All(char.IsAscii)));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("")]
    public void An_unreadable_date_in_metadata_is_no_date(string value) =>
        Assert.Null(DraftBlobMetadata.ReadAuthoredOn(new Dictionary<string, string> { [DraftBlobMetadata.AuthoredOn] = value }));

    [Fact]
    public void Nothing_known_means_no_metadata() =>
        Assert.Empty(UploadMetadata.None.For("/nowhere/post.md"));
}
