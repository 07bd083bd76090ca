using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Web;
using Pipeline.Web.Pages;
using Pipeline.Web.Previews;
using Pipeline.Web.Site;

namespace Pipeline.Cli.Preview;

/// <summary>
/// The local preview site: Kestrel on loopback serving the folder's drafts through the production renderer and the
/// production site handlers (index, tag pages, article pages, feeds, sitemap) over an in-memory
/// <see cref="PreviewStore"/>. No storage account and no emulator are involved (no Azure code is even loaded).
/// </summary>
internal static class PreviewServer
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <param name="settings">The site settings (<c>pipeline.json</c>, environment); the base URL becomes the preview's own.</param>
    public static WebApplication Build(string folder, int port, IConfiguration settings)
    {
        var baseUrl = $"http://127.0.0.1:{port}/";
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(settings);
        // Links (canonical, feeds) must lead back into the preview, not to the real site.
        builder.Configuration.AddInMemoryCollection([new($"{RenderingOptions.Section}:Site:{nameof(SiteOptions.BaseUrl)}", baseUrl)]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        builder.Services.AddPipelinePublishing(builder.Configuration);
        builder.Services.AddPipelineWeb(builder.Configuration);
        builder.Services.AddPipelineSite();
        builder.Services.AddSingleton<PreviewStore>();
        builder.Services.AddSingleton<IArticleIndex>(sp => sp.GetRequiredService<PreviewStore>());
        builder.Services.AddSingleton<IPageStore>(sp => sp.GetRequiredService<PreviewStore>());
        builder.Services.AddSingleton<ReloadSignal>();
        builder.Services.AddSingleton(sp => new PreviewDrafts(
            folder, sp.GetRequiredService<IArticleRenderer>(), sp.GetRequiredService<PreviewStore>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new DraftWatcher(
            sp.GetRequiredService<PreviewDrafts>(), sp.GetRequiredService<ReloadSignal>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DraftWatcher))));

        var app = builder.Build();
        app.UseMiddleware<PreviewPageDecoration>();
        app.MapPipelineSite();
        app.MapMethods(SitePaths.ArticleRoute, GetAndHead, (HttpRequest request, string slug, PreviewDrafts drafts, ArticlePageHandler pages) =>
            drafts.FailureAt(slug) is { } failure
                ? Task.FromResult(Results.Content(DraftErrorPage.Html(failure.Path, failure.Error), ContentTypes.Html, statusCode: StatusCodes.Status422UnprocessableEntity))
                : pages.HandleAsync(request, slug));
        app.MapGet(PreviewPageDecoration.ScriptPath, () => Results.Text(PreviewPageDecoration.Script, "text/javascript; charset=utf-8"));
        app.MapGet(PreviewPageDecoration.EventsPath, (ReloadSignal signal, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(signal.StreamAsync(context.RequestAborted));
        });
        return app;
    }
}
