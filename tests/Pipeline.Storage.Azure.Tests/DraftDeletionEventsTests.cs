using Pipeline.Storage.Azure.Events;

namespace Pipeline.Storage.Azure.Tests;

public sealed class DraftDeletionEventsTests
{
    private static BinaryData EventGridSchema(string type, string container, string blob, string encodedBlob) => BinaryData.FromString($$"""
        {
          "id": "1", "eventType": "{{type}}", "dataVersion": "", "metadataVersion": "1",
          "topic": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/acct",
          "subject": "/blobServices/default/containers/{{container}}/blobs/{{blob}}",
          "eventTime": "2026-11-26T00:00:00Z",
          "data": { "api": "DeleteBlob", "blobType": "BlockBlob", "url": "https://acct.blob.core.windows.net/{{container}}/{{encodedBlob}}" }
        }
        """);

    [Fact]
    public void Event_Grid_schema_BlobDeleted_names_the_draft()
    {
        var paths = DraftDeletionEvents.DeletedDraftPaths(EventGridSchema("Microsoft.Storage.BlobDeleted", "drafts", "news/a.md", "news/a.md"), "drafts");
        Assert.Equal(["news/a.md"], paths);
    }

    [Fact]
    public void Japanese_blob_names_are_decoded_from_the_url()
    {
        var encoded = "news/" + Uri.EscapeDataString("首脳会談.ja.txt");
        var paths = DraftDeletionEvents.DeletedDraftPaths(EventGridSchema("Microsoft.Storage.BlobDeleted", "drafts", "news/首脳会談.ja.txt", encoded), "drafts");
        Assert.Equal(["news/首脳会談.ja.txt"], paths);
    }

    [Fact]
    public void CloudEvents_schema_is_read_too()
    {
        var message = BinaryData.FromString("""
            {
              "specversion": "1.0", "id": "2", "type": "Microsoft.Storage.BlobDeleted",
              "source": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/acct",
              "subject": "/blobServices/default/containers/drafts/blobs/b.txt", "time": "2026-11-26T00:00:00Z",
              "data": { "api": "DeleteBlob", "url": "https://acct.blob.core.windows.net/drafts/b.txt" }
            }
            """);
        Assert.Equal(["b.txt"], DraftDeletionEvents.DeletedDraftPaths(message, "drafts"));
    }

    [Fact]
    public void Events_for_other_containers_are_ignored()
    {
        var message = EventGridSchema("Microsoft.Storage.BlobDeleted", "pages", "a.html", "a.html");
        Assert.Empty(DraftDeletionEvents.DeletedDraftPaths(message, "drafts"));
    }

    [Fact]
    public void Other_event_types_are_ignored()
    {
        var message = EventGridSchema("Microsoft.Storage.BlobCreated", "drafts", "a.md", "a.md");
        Assert.Empty(DraftDeletionEvents.DeletedDraftPaths(message, "drafts"));
    }

    [Fact]
    public void The_subject_names_the_blob_when_the_data_has_no_url()
    {
        var message = BinaryData.FromString("""
            [{ "id": "3", "eventType": "Microsoft.Storage.BlobDeleted", "dataVersion": "", "metadataVersion": "1",
               "subject": "/blobServices/default/containers/drafts/blobs/c.md", "eventTime": "2026-11-26T00:00:00Z",
               "data": {} }]
            """);
        Assert.Equal(["c.md"], DraftDeletionEvents.DeletedDraftPaths(message, "drafts"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"hello\": 1}")]
    public void A_message_that_is_not_an_event_is_a_format_error(string message) =>
        Assert.Throws<FormatException>(() => DraftDeletionEvents.DeletedDraftPaths(BinaryData.FromString(message), "drafts"));
}
