using System.Text.Json;
using Pipeline.Publishing;
using Pipeline.Rendering;

namespace Pipeline.Infra.Tests;

/// <summary>
/// The layers the build must keep: <c>Pipeline.Rendering</c> depends on no Azure SDK and no ASP.NET Core package
/// (directly or transitively), <c>Pipeline.Publishing</c> on no Azure SDK. Checked on the restore graph
/// (<c>obj/project.assets.json</c>, what <c>dotnet list package --include-transitive</c> reads) and on the
/// assembly references of the built assemblies.
/// </summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("Pipeline.Rendering", new[] { "Azure.", "Microsoft.AspNetCore." })]
    [InlineData("Pipeline.Publishing", new[] { "Azure." })]
    public void No_forbidden_package_in_the_restore_graph(string project, string[] forbidden)
    {
        var packages = RestoredPackages(project);

        Assert.NotEmpty(packages); // the graph was read: Microsoft.Extensions.* at least
        Assert.DoesNotContain(packages, package => forbidden.Any(prefix => package.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Rendering_references_no_azure_or_asp_net_core_assembly()
    {
        var references = typeof(IArticleRenderer).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("Markdig", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Azure.", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishing_references_no_azure_assembly()
    {
        var references = typeof(IDraftPublisher).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("Pipeline.Rendering", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Azure.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Azure.", StringComparison.Ordinal));
    }

    /// <summary>Every package (name only) of the project's restore graph, direct or transitive.</summary>
    private static List<string> RestoredPackages(string project)
    {
        var assets = BuildFacts.InRepository("src", project, "obj", "project.assets.json");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        return json.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/')[0])
            .ToList();
    }
}
