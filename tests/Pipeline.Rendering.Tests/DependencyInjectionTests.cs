using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Rendering.DependencyInjection;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Templates;

namespace Pipeline.Rendering.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddPipelineRendering_registers_one_renderer_configured_from_the_Pipeline_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pipeline:MaxDraftBytes"] = "10",
            ["Pipeline:Site:BaseUrl"] = "https://configured.test/",
        }).Build();
        using var provider = new ServiceCollection().AddPipelineRendering(configuration).BuildServiceProvider();

        var renderer = provider.GetRequiredService<IArticleRenderer>();
        Assert.Same(renderer, provider.GetRequiredService<IArticleRenderer>());
        Assert.Same(provider.GetRequiredService<TemplateSet>(), provider.GetRequiredService<TemplateSet>());
        var ex = Assert.Throws<DraftException>(() => renderer.Render(new DraftSource("a.md", new byte[11])));
        Assert.Equal(DraftErrorKind.TooLarge, ex.Kind);
        Assert.Contains("https://configured.test/articles/hi", renderer.Render(new DraftSource("a.md", "# Hi"u8.ToArray())).PageHtml, StringComparison.Ordinal);
    }
}
