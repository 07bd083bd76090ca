using System.Text.Json.Nodes;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Both Event Grid subscriptions of the drafts container deliver every file in it — drafts and assets alike —
/// to the app: uploads (BlobCreated, the postdeploy webhook) and deletions (BlobDeleted, the queue). A suffix or
/// content-type filter would silently drop images, so none may exist.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed class BlobEventSubscriptionTests(CompiledInfra infra)
{
    private const string DraftsPrefix = "__bicep.blobSubjectPrefix(";

    public static TheoryData<string, string> Subscriptions() => new()
    {
        { "created", "Microsoft.Storage.BlobCreated" },
        { "deleted", "Microsoft.Storage.BlobDeleted" },
    };

    [Theory]
    [MemberData(nameof(Subscriptions))]
    public void The_subscription_takes_its_event_type_for_the_whole_drafts_container(string subscription, string eventType)
    {
        var filter = Filter(subscription);

        Assert.Equal([eventType], filter["includedEventTypes"]?.AsArray().Select(type => (string?)type) ?? []);
        Assert.StartsWith("[" + DraftsPrefix, (string?)filter["subjectBeginsWith"]);
        Assert.Contains("DraftsContainer", ((string?)filter["subjectBeginsWith"] ?? "") + DraftsContainerArgument(subscription), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Subscriptions))]
    public void No_filter_excludes_a_file_type(string subscription, string eventType)
    {
        _ = eventType;
        var filter = Filter(subscription);
        var advancedKeys = filter["advancedFilters"]?.AsArray().Select(advanced => (string?)advanced?["key"]).ToList() ?? [];

        Assert.Null(filter["subjectEndsWith"]);
        Assert.Null(filter["isSubjectCaseSensitive"]);
        // Only "which write finished a blob" may be filtered; never the subject, the content type or the length.
        Assert.All(advancedKeys, key => Assert.Equal("data.api", key));
    }

    [Fact]
    public void The_upload_filter_keeps_every_operation_that_finishes_writing_a_blob()
    {
        var apis = Filter("created")["advancedFilters"]?.AsArray()
            .Single(advanced => (string?)advanced?["key"] == "data.api")?["values"]?.AsArray().Select(value => (string?)value) ?? [];

        // PutBlob (single shot), PutBlockList (the SDK's chunked upload of a large image), CopyBlob, ADLS flush.
        Assert.Equal(["PutBlob", "PutBlockList", "CopyBlob", "FlushWithClose"], apis);
    }

    private JsonObject Filter(string subscription) =>
        Subscription(subscription)["properties"]?["filter"]?.AsObject()
        ?? throw new InvalidDataException($"The {subscription} subscription has no filter.");

    private JsonObject Subscription(string subscription)
    {
        var template = subscription == "created"
            ? infra.TemplateFor("hooks/blob-created-subscription.bicep") ?? throw new InvalidOperationException(infra.Build.Describe())
            : ArmTemplate.ModuleTemplate(infra.MainTemplate, "event-grid");
        return ArmTemplate.ResourcesOfType(template, "Microsoft.EventGrid/systemTopics/eventSubscriptions").Single();
    }

    /// <summary>The deletions module takes the container as a parameter; main.bicep fills it from names.json.</summary>
    private string DraftsContainerArgument(string subscription) =>
        subscription == "created" ? "" : (string?)ArmTemplate.ModuleParameter(infra.MainTemplate, "event-grid", "draftsContainerName") ?? "";
}
