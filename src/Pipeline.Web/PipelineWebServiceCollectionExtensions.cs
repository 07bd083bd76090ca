using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Web.Articles;
using Pipeline.Web.Assets;
using Pipeline.Web.Drafts;
using Pipeline.Web.Pages;
using Pipeline.Web.Paging;
using Pipeline.Web.Previews;
using Pipeline.Web.Site;

namespace Pipeline.Web;

/// <summary>Registers the HTTP handlers every host shares. The storage they read is registered by <c>AddPipelinePublishing</c>.</summary>
public static class PipelineWebServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PipelineWebOptions>().Bind(configuration.GetSection(PipelineWebOptions.Section));
        services.AddSingleton(provider => CreateCursorCodec(
            provider.GetRequiredService<IOptions<PipelineWebOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CursorCodec))));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => CreatePreviewTokens(
            provider.GetRequiredService<IOptions<PipelineWebOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PreviewTokens))));
        services.AddSingleton<PreviewPageHandler>();
        services.AddProblemDetails();
        services.AddSingleton<ListArticlesHandler>();
        services.AddSingleton<GetArticleHandler>();
        services.TryAddSingleton<SiteResponses>();
        services.AddSingleton<ArticlePageHandler>();
        services.AddSingleton<ListDraftsHandler>();
        services.AddSingleton<ListAssetsHandler>();
        services.AddSingleton<AssetHandler>();
        return services;
    }

    private static CursorCodec CreateCursorCodec(PipelineWebOptions options, ILogger logger)
    {
        if (SigningKeys.Read(options.CursorKey, nameof(PipelineWebOptions.CursorKey)) is { } key)
        {
            return new CursorCodec(key);
        }

        // Fine for one local process; instances behind one site must share a configured key, or cursors
        // issued by one are refused by the others (and by this one after a restart).
        logger.LogInformation("No {Setting} configured: listing cursors are signed with a key generated for this process", $"{PipelineWebOptions.Section}:{nameof(PipelineWebOptions.CursorKey)}");
        return new CursorCodec(RandomNumberGenerator.GetBytes(32));
    }

    private static PreviewTokens CreatePreviewTokens(PipelineWebOptions options, TimeProvider clock, ILogger logger)
    {
        var key = SigningKeys.Read(options.PreviewKey, nameof(PipelineWebOptions.PreviewKey));
        if (key is null)
        {
            // Unlike cursors, a random key would not do: the author's `pipeline preview-link` must sign with it too.
            logger.LogInformation("No {Setting} configured: preview links are off", $"{PipelineWebOptions.Section}:{nameof(PipelineWebOptions.PreviewKey)}");
        }

        return new PreviewTokens(key, clock);
    }
}
