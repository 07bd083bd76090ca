using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing.Hosting;

/// <summary>
/// Renders a throw-away draft on the thread pool while a host starts, so the first real draft finds the renderer built
/// (layouts compiled, Markdig pipeline, the code highlighter's registry and a grammar loaded, their code jitted) instead
/// of paying for it inside its publish. Formulas are left out on purpose: the math engine (V8) starts only for a draft
/// that has one. Both hosts start it: the local host while its storage comes up, the Functions worker while the host
/// initialises it (docs/benchmarks.md, cold start).
/// </summary>
public static class RendererWarmUp
{
    private const string Draft = "---\ntitle: Warm-up\ntags: [warm-up]\n---\n\n## 見出し\n\nWarm-up text. 日本語の文。`code` と **強調**。\n\n```csharp\nvar x = 1;\n```\n";

    public static Task Start(IServiceProvider services, ILogger logger) => Task.Run(() =>
    {
        try
        {
            services.GetRequiredService<IArticleRenderer>().Render(new DraftSource("warm-up.md", Encoding.UTF8.GetBytes(Draft)));
        }
        catch (Exception e)
        {
            // Never fatal: the first real draft then pays the warm-up, or reports its own error.
            logger.LogDebug(e, "Renderer warm-up failed");
        }
    });
}
