using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn's <c>:::</c> blocks rendered as what they mean, in both dialects (Hugo has no <c>:::</c> of its own):
/// <c>:::message</c> → <c>&lt;aside class="msg" role="note"&gt;</c>, <c>:::message alert</c> → the same with class
/// <c>alert</c> and a warning label, <c>:::details Title</c> → <c>&lt;details&gt;&lt;summary&gt;Title&lt;/summary&gt;</c>.
/// Nesting uses longer fences (<c>::::details</c> around <c>:::message</c>). Other names keep Markdig's
/// <c>&lt;div class="name"&gt;</c>. Register after <c>UseCustomContainers()</c>.
/// </summary>
public sealed class ZennContainerExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new ZennContainerRenderer());
        }
    }

    private sealed class ZennContainerRenderer : HtmlCustomContainerRenderer
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            switch (container.Info)
            {
                case "message":
                    var alert = string.Equals(container.Arguments?.Trim(), "alert", StringComparison.Ordinal);
                    renderer.EnsureLine();
                    renderer.Write(alert ? "<aside class=\"msg alert\" role=\"note\" aria-label=\"" : "<aside class=\"msg\" role=\"note\" aria-label=\"");
                    renderer.WriteEscape(alert ? ContainerLabels.Alert(container) : ContainerLabels.Message(container));
                    renderer.WriteLine("\"><span class=\"msg-symbol\" aria-hidden=\"true\">!</span><div class=\"msg-content\">");
                    renderer.WriteChildren(container);
                    renderer.EnsureLine();
                    renderer.WriteLine("</div></aside>");
                    break;
                case "details":
                    var title = container.Arguments?.Trim();
                    renderer.EnsureLine();
                    renderer.Write("<details><summary>");
                    renderer.WriteEscape(string.IsNullOrEmpty(title) ? ContainerLabels.Details(container) : title);
                    renderer.WriteLine("</summary><div class=\"details-content\">");
                    renderer.WriteChildren(container);
                    renderer.EnsureLine();
                    renderer.WriteLine("</div></details>");
                    break;
                default:
                    base.Write(renderer, container);
                    break;
            }
        }
    }
}
