using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;
using Pipeline.Storage.Azure.Events;

namespace Pipeline.Storage.Azure.Tests;

/// <summary>Both hosts hand poison messages to the same recorder: drafts are recorded, other containers' blobs ignored.</summary>
public sealed class PoisonedDraftRecorderTests
{
    private readonly RecordingPublisher _publisher = new();

    [Fact]
    public async Task A_draft_the_trigger_gave_up_on_is_recorded_with_its_etag()
    {
        var recorded = await Recorder("drafts").RecordAsync(Message("drafts", "news/東京.md"));

        Assert.True(recorded);
        Assert.Equal([("news/東京.md", "\"0x1\"")], _publisher.Poisoned);
    }

    [Fact]
    public async Task A_blob_of_another_container_is_ignored()
    {
        var recorded = await Recorder("drafts").RecordAsync(Message("uploads", "a.md"));

        Assert.False(recorded);
        Assert.Empty(_publisher.Poisoned);
    }

    [Fact]
    public async Task The_configured_drafts_container_decides()
    {
        Assert.True(await Recorder("posts").RecordAsync(Message("posts", "a.md")));
        Assert.False(await Recorder("posts").RecordAsync(Message("drafts", "a.md")));
    }

    private PoisonedDraftRecorder Recorder(string draftsContainer) =>
        new(_publisher, Options.Create(new PipelineOptions { DraftsContainer = draftsContainer }), NullLogger<PoisonedDraftRecorder>.Instance);

    private static string Message(string container, string blob) =>
        $$"""{"Type":"BlobTrigger","FunctionId":"Host.Functions.PublishDraft","BlobType":"BlockBlob","ContainerName":"{{container}}","BlobName":"{{blob}}","ETag":"\"0x1\""}""";

    private sealed class RecordingPublisher : IDraftPublisher
    {
        public List<(string Path, string? ETag)> Poisoned { get; } = [];

        public Task<PublishResult> PublishAsync(string draftPath, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<PublishResult> UnpublishAsync(string draftPath, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<PublishResult> RefreshAsync(string draftPath, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task RecordPoisonAsync(string draftPath, string? etag, CancellationToken cancellationToken = default)
        {
            Poisoned.Add((draftPath, etag));
            return Task.CompletedTask;
        }
    }
}
