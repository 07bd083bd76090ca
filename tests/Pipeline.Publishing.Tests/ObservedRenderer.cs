using Pipeline.Rendering;
using Pipeline.Rendering.Assets;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// The production renderer with three test levers: <see cref="BeforeRender"/> acts while a publish is in flight
/// (a newer upload racing it), <see cref="VersionOverride"/> simulates a renderer/layout upgrade, and
/// <see cref="Crashes"/> simulates a renderer bug on particular drafts.
/// </summary>
public sealed class ObservedRenderer(IArticleRenderer inner) : IArticleRenderer
{
    private int _renders;

    public string? VersionOverride { get; set; }

    /// <summary>How many renders were asked for (an asset change re-renders the drafts that use it).</summary>
    public int Renders => _renders;

    public Func<DraftSource, Task>? BeforeRender { get; set; }

    public Func<DraftSource, bool>? Crashes { get; set; }

    public string Version => VersionOverride ?? inner.Version;

    public Article Render(DraftSource source, IAssetResolver assets)
    {
        Interlocked.Increment(ref _renders);
        if (BeforeRender is { } hook)
        {
            // On the thread pool: the hook publishes too, and must not wait on this call's context.
            Task.Run(() => hook(source)).GetAwaiter().GetResult();
        }

        if (Crashes?.Invoke(source) == true)
        {
            throw new InvalidOperationException("simulated renderer bug");
        }

        var article = inner.Render(source, assets);
        return VersionOverride is null
            ? article
            : article with
            {
                Metadata = article.Metadata with { RendererVersion = Version },
                PageHtml = article.PageHtml + $"<!-- renderer {Version} -->",
            };
    }
}
