using System.Text.Json;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;

namespace Pipeline.Functions.Tests;

/// <summary>
/// What the Functions host would index, read from the build output: a renamed setting, queue or route
/// fails here instead of in a deployment.
/// </summary>
public sealed class MetadataTests
{
    private const string Drafts = "%" + PipelineNames.DraftsContainerSetting + "%";

    [Fact]
    public void PublishDraft_is_an_Event_Grid_blob_trigger_on_the_drafts_container_bound_by_reference()
    {
        var trigger = GeneratedMetadata.Trigger("PublishDraft");
        Assert.Equal("blobTrigger", trigger.Text("type"));
        Assert.Equal(Drafts + "/{name}", trigger.Text("path"));
        Assert.Equal("EventGrid", trigger.Text("source"));
        Assert.Equal(PipelineNames.StorageConnectionSetting, trigger.Text("connection"));
        // BlobClient, not string/byte[]: the host passes a reference and never buffers the blob.
        Assert.Equal("True", trigger.GetProperty("properties").Text("supportsDeferredBinding"));
    }

    [Theory]
    [InlineData("UnpublishDraft", PipelineNames.DeletionsQueue)]
    [InlineData("RecordPoison", PipelineNames.BlobTriggerPoisonQueue)]
    public void Queue_functions_listen_on_the_named_queues(string function, string queue)
    {
        var trigger = GeneratedMetadata.Trigger(function);
        Assert.Equal("queueTrigger", trigger.Text("type"));
        Assert.Equal(queue, trigger.Text("queueName"));
        Assert.Equal(PipelineNames.StorageConnectionSetting, trigger.Text("connection"));
    }

    [Fact]
    public void Reconcile_runs_on_the_schedule_from_app_settings()
    {
        var trigger = GeneratedMetadata.Trigger("Reconcile");
        Assert.Equal("timerTrigger", trigger.Text("type"));
        Assert.Equal("%" + PipelineNames.ReconcileScheduleSetting + "%", trigger.Text("schedule"));
    }

    [Theory]
    [InlineData("ListArticles", SiteRoutes.ArticlesApi, "Anonymous")]
    [InlineData("GetArticle", SiteRoutes.ArticleApi, "Anonymous")]
    [InlineData("ArticlePage", SiteRoutes.Article, "Anonymous")]
    [InlineData("PreviewPage", SiteRoutes.Preview, "Anonymous")] // the signed token is the authorisation
    [InlineData("ListDrafts", SiteRoutes.DraftsApi, "Function")]
    [InlineData("ListAssets", SiteRoutes.AssetsApi, "Function")]
    [InlineData("ServeAsset", SiteRoutes.Asset, "Anonymous")]
    [InlineData("TagPage", SiteRoutes.Tag, "Anonymous")]
    [InlineData("AtomFeed", SiteRoutes.AtomFeed, "Anonymous")]
    [InlineData("JsonFeed", SiteRoutes.JsonFeed, "Anonymous")]
    [InlineData("Sitemap", SiteRoutes.Sitemap, "Anonymous")]
    [InlineData("Robots", SiteRoutes.Robots, "Anonymous")]
    [InlineData("DiagramScript", SiteRoutes.MermaidScript, "Anonymous")]
    [InlineData("SiteIndex", "{ignored:maxlength(0)?}", "Anonymous")] // FunctionRoutes.Index: matches exactly "/"
    public void Http_functions_serve_the_site_routes_with_public_reads_anonymous(string function, string route, string authLevel)
    {
        var trigger = GeneratedMetadata.Trigger(function);
        Assert.Equal("httpTrigger", trigger.Text("type"));
        // host.json's routePrefix is empty, so the route is the whole path, as on the local host.
        Assert.Equal(route, trigger.Text("route"));
        Assert.Equal(authLevel, trigger.Text("authLevel"));
        Assert.Equal(["get", "head"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).Order());
    }

    [Fact]
    public void The_app_has_exactly_the_known_functions()
    {
        string[] expected =
        [
            "ArticlePage", "AtomFeed", "DiagramScript", "GetArticle", "JsonFeed", "ListArticles", "ListAssets", "ListDrafts", "PreviewPage", "PublishDraft", "Reconcile",
            "RecordPoison", "Robots", "ServeAsset", "SiteIndex", "Sitemap", "TagPage", "UnpublishDraft",
        ];
        Assert.Equal(expected, GeneratedMetadata.FunctionNames.Order());
    }

    [Fact]
    public void Every_binding_uses_the_one_storage_connection_setting()
    {
        var connections = GeneratedMetadata.AllBindings.Select(b => b.Text("connection")).OfType<string>().Distinct();
        Assert.Equal([PipelineNames.StorageConnectionSetting], connections);
    }

    [Fact]
    public void Every_setting_the_bindings_resolve_is_in_the_example_settings()
    {
        var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "src", "Pipeline.Functions", "local.settings.json.example")));
        var values = example.RootElement.GetProperty("Values");
        var referenced = GeneratedMetadata.AllBindings.SelectMany(GeneratedMetadata.SettingReferences)
            .Append(PipelineNames.StorageConnectionSetting)
            .Distinct()
            .ToArray();
        Assert.Contains(PipelineNames.DraftsContainerSetting, referenced);
        Assert.All(referenced, setting => Assert.True(values.TryGetProperty(setting, out _), $"local.settings.json.example lacks {setting}"));
        Assert.Equal(PipelineNames.DefaultReconcileSchedule, values.GetProperty(PipelineNames.ReconcileScheduleSetting).GetString());
    }

    [Fact]
    public void Extensions_json_loads_the_storage_extensions_into_the_host()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FunctionsApp.File("extensions.json")));
        var names = json.RootElement.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToArray();
        Assert.Contains("AzureStorageBlobs", names);
        Assert.Contains("AzureStorageQueues", names);
    }

    [Fact]
    public void The_repository_host_json_is_in_the_output_with_the_settings_the_app_relies_on()
    {
        var output = FunctionsApp.File("host.json");
        Assert.True(File.Exists(output), "host.json is missing from the Functions build output");
        Assert.Equal(File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "host.json")), File.ReadAllText(output));

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("OpenTelemetry", root.GetProperty("telemetryMode").GetString());
        var extensions = root.GetProperty("extensions");
        // Routes are declared in full ("api/articles", "articles/{slug}") so URLs match the local host.
        Assert.Equal("", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.True(extensions.GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32() > 1);
        Assert.True(extensions.GetProperty("blobs").GetProperty("maxDegreeOfParallelism").GetInt32() > 0);
    }

    [Fact]
    public void The_worker_config_names_the_built_worker()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FunctionsApp.File("worker.config.json")));
        var workerPath = json.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString()!;
        Assert.True(File.Exists(FunctionsApp.File(workerPath)));
    }
}
