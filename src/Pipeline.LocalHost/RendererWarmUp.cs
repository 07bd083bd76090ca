using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;

namespace Pipeline.LocalHost;

/// <summary>
/// Renders a throw-away draft in the background while storage starts, so the JIT and the template compilation are
/// done before the first real draft arrives (the first render is otherwise about a second slower).
/// </summary>
internal static class RendererWarmUp
{
    private const string Draft = "---\ntitle: Warm-up\ntags: [warm-up]\n---\n\n## 見出し\n\nWarm-up text. 日本語の文。\n";

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
