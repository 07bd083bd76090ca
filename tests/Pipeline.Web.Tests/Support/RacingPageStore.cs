using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.Stores;

namespace Pipeline.Web.Tests.Support;

/// <summary>
/// The real page store, with a hook that runs once just before the next page read: a handler that has already read
/// the index row then reads the page only after whatever the hook did (e.g. a real publish swapping the page).
/// </summary>
internal sealed class RacingPageStore(IPageStore inner) : IPageStore
{
    public Func<Task>? BeforeNextRead { get; set; }

    /// <summary>Wraps the registered page store, keeping its registration (a factory) as the inner store.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IPageStore));
        services.Remove(original);
        services.AddSingleton(sp => new RacingPageStore((IPageStore)original.ImplementationFactory!(sp)));
        services.AddSingleton<IPageStore>(sp => sp.GetRequiredService<RacingPageStore>());
    }

    public async Task<StoredPage?> ReadAsync(string blobName, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        if (BeforeNextRead is { } race)
        {
            BeforeNextRead = null;
            await race();
        }

        return await inner.ReadAsync(blobName, ifNoneMatch, cancellationToken);
    }

    public Task<string> WriteAsync(PageWrite page, CancellationToken cancellationToken = default) => inner.WriteAsync(page, cancellationToken);

    public Task DeleteAsync(string blobName, CancellationToken cancellationToken = default) => inner.DeleteAsync(blobName, cancellationToken);

    public IAsyncEnumerable<PageBlobInfo> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
}
