using BenchmarkDotNet.Attributes;
using Pipeline.Rendering.FrontMatter;

namespace Pipeline.Benchmarks;

/// <summary>
/// The YAML front-matter stage with and without <c>SimpleYamlReader</c>: every front matter block of the 2,000-post
/// corpus read by <see cref="YamlFrontMatterReader.Read"/> (the fast path first) and by
/// <see cref="YamlFrontMatterReader.ReadWithParser"/> (YamlDotNet alone). The issue keeps the hand-written reader
/// only if it makes this stage at least 2× faster.
/// </summary>
[MemoryDiagnoser]
public class FrontMatterReaders
{
    private static readonly int MaxDepth = new Pipeline.Rendering.Configuration.RenderingOptions().MaxFrontMatterDepth;
    private string[] _blocks = [];

    [GlobalSetup]
    public void Setup() => _blocks = BenchInputs.CorpusFrontMatter();

    [Benchmark(Baseline = true)]
    public int YamlDotNetOnly()
    {
        var fields = 0;
        foreach (var block in _blocks)
        {
            fields += YamlFrontMatterReader.ReadWithParser(block, 2, MaxDepth).Count;
        }

        return fields;
    }

    [Benchmark]
    public int WithSimpleYamlReader()
    {
        var fields = 0;
        foreach (var block in _blocks)
        {
            fields += YamlFrontMatterReader.Read(block, 2, MaxDepth).Count;
        }

        return fields;
    }
}
