using Pipeline.Storage.Azure.Events;

namespace Pipeline.Storage.Azure.Tests;

public sealed class BlobTriggerPoisonMessageTests
{
    [Fact]
    public void Reads_the_blob_and_its_etag()
    {
        var message = BlobTriggerPoisonMessage.Parse("""
            {"Type":"BlobTrigger","FunctionId":"Host.Functions.PublishDraft","BlobType":"BlockBlob",
             "ContainerName":"drafts","BlobName":"news/首脳会談.ja.txt","ETag":"\"0x8DD1\""}
            """);
        Assert.Equal("drafts", message.ContainerName);
        Assert.Equal("news/首脳会談.ja.txt", message.BlobName);
        Assert.Equal("\"0x8DD1\"", message.ETag);
        Assert.Equal("Host.Functions.PublishDraft", message.FunctionId);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("{\"ContainerName\":\"drafts\"}")]
    [InlineData("null")]
    public void Anything_else_is_a_format_error(string message) =>
        Assert.Throws<FormatException>(() => BlobTriggerPoisonMessage.Parse(message));
}
