using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Publishing.Tests;

/// <summary>One test's pipeline: fresh containers/tables on the shared Azurite, the real DI registration, a test renderer and clock.</summary>
public sealed class PublishingHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PublishingHarness(ServiceProvider services, AdjustableTimeProvider clock, TestStorage storage)
    {
        _services = services;
        Renderer = services.GetRequiredService<ObservedRenderer>();
        Clock = clock;
        Storage = storage;
        Drafts = services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(storage.DraftsContainer);
        PagesContainer = services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(storage.PagesContainer);
    }

    public TestStorage Storage { get; }
    public ObservedRenderer Renderer { get; }
    public AdjustableTimeProvider Clock { get; }
    public BlobContainerClient Drafts { get; }
    public BlobContainerClient PagesContainer { get; }
    public IDraftPublisher Publisher => _services.GetRequiredService<IDraftPublisher>();
    public IReconciler Reconciler => _services.GetRequiredService<IReconciler>();
    public IArticleIndex Index => _services.GetRequiredService<IArticleIndex>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();
    public IPageStore Pages => _services.GetRequiredService<IPageStore>();
    public IDraftStatusStore Statuses => _services.GetRequiredService<IDraftStatusStore>();

    public static async Task<PublishingHarness> StartAsync(
        AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var clock = new AdjustableTimeProvider();
        var storage = azurite.CreateStorage();
        var services = await storage.StartServicesAsync(
            s =>
            {
                s.AddSingleton(sp => new ObservedRenderer(new ArticleRenderer(
                    sp.GetRequiredService<IOptions<RenderingOptions>>().Value, sp.GetRequiredService<TemplateSet>())));
                s.AddSingleton<IArticleRenderer>(sp => sp.GetRequiredService<ObservedRenderer>());
                s.AddSingleton<TimeProvider>(clock);
                configure?.Invoke(s);
            },
            overrides);
        return new PublishingHarness(services, clock, storage);
    }

    /// <summary>Uploads (or overwrites) a draft; returns its new ETag.</summary>
    public Task<string> UploadAsync(string path, string text) => UploadAsync(path, Encoding.UTF8.GetBytes(text));

    public async Task<string> UploadAsync(string path, byte[] content)
    {
        var response = await Drafts.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return response.Value.ETag.ToString();
    }

    public async Task<PublishResult> UploadAndPublishAsync(string path, string text)
    {
        await UploadAsync(path, text);
        return await Publisher.PublishAsync(path);
    }

    public Task DeleteDraftAsync(string path) => Drafts.GetBlobClient(path).DeleteAsync();

    /// <summary>The live page of a slug as a reader would get it: slug row, then the page blob it names.</summary>
    public async Task<string?> LivePageAsync(string slug)
    {
        var row = await Index.FindAsync(slug);
        if (row is not { State: SlugState.Article, PageBlob: { } blob })
        {
            return null;
        }

        var page = await Pages.ReadAsync(blob);
        return page is null ? null : Encoding.UTF8.GetString(page.Content.Span);
    }

    public async Task<List<string>> PageBlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var page in Pages.ListAsync())
        {
            names.Add(page.Name);
        }

        return names;
    }

    public async Task<List<ArticleSummary>> ListAllAsync(string? tag = null, int pageSize = 20)
    {
        var all = new List<ArticleSummary>();
        string? after = null;
        do
        {
            var page = await Index.ListAsync(new ArticleQuery(pageSize, tag, after));
            all.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return all;
    }

    public static string Draft(string title, string? slug = null, string? date = null, string? extra = null, string body = "Body text.")
    {
        var builder = new StringBuilder("---\n").Append("title: ").Append(title).Append('\n');
        if (slug is not null)
        {
            builder.Append("slug: ").Append(slug).Append('\n');
        }

        if (date is not null)
        {
            builder.Append("date: ").Append(date).Append('\n');
        }

        if (extra is not null)
        {
            builder.Append(extra).Append('\n');
        }

        return builder.Append("---\n").Append(body).Append('\n').ToString();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
