using System.Reflection;
using System.Runtime.Loader;

namespace Pipeline.Benchmarks;

/// <summary>
/// One build of <c>Pipeline.Rendering</c>, loaded from another build's output folder into a context of its own, and
/// its <c>ArticleRenderer.Render(DraftSource)</c> called by reflection. Only that assembly is loaded apart: Markdig,
/// Scriban and the rest come from this process, so both builds must use the same package versions.
/// </summary>
public sealed class RendererBuild
{
    private const string AssemblyName = "Pipeline.Rendering";

    private readonly object _renderer;
    private readonly MethodInfo _render;
    private readonly object?[] _arguments;

    public RendererBuild(string directory, string path, byte[] content)
    {
        Directory = Path.GetFullPath(directory);
        var assemblyPath = Path.Combine(Directory, AssemblyName + ".dll");
        var assembly = new IsolatedContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        var rendererType = assembly.GetType("Pipeline.Rendering.ArticleRenderer", throwOnError: true)!;
        var sourceType = assembly.GetType("Pipeline.Rendering.Drafts.DraftSource", throwOnError: true)!;
        _renderer = Activator.CreateInstance(rendererType)!;
        _render = rendererType.GetMethod("Render", [sourceType])!;
        _arguments = [Activator.CreateInstance(sourceType, path, new ReadOnlyMemory<byte>(content))];
    }

    public string Directory { get; }

    /// <summary>One full render of the draft; the article is returned so the call cannot be left out.</summary>
    public object Render() => _render.Invoke(_renderer, _arguments)!;

    /// <summary>Resolves the rendering assembly to this build's copy and everything else (null) to this process's.</summary>
    private sealed class IsolatedContext(string assemblyPath) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == AssemblyName ? LoadFromAssemblyPath(assemblyPath) : null;
    }
}
