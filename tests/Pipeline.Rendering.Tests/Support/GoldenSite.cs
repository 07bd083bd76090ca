using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Tests.Support;

/// <summary>
/// The golden drafts that refer to assets: <c>Golden/site/</c> is laid out as an author's repository (Zenn
/// <c>articles/</c>, a Hugo bundle under <c>posts/</c>), each draft rendered under its path in the site with the
/// assets of <see cref="FakeAssets.Site"/>. Next to each draft: <c>.html</c>, <c>.json</c> and <c>.assets.json</c>
/// (the references and warnings).
/// </summary>
internal static class GoldenSite
{
    public static string Directory { get; } = Path.Combine(TestDrafts.RepositoryRoot, "tests", "Pipeline.Rendering.Tests", "Golden", "site");

    /// <summary>Draft paths inside the site, '/'-separated, in ordinal order.</summary>
    public static IEnumerable<string> Drafts() => System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
        .Where(path => DraftFormats.TryGet(path, out _))
        .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public static Article Render(string draftPath) =>
        TestDrafts.Renderer.Render(new DraftSource(draftPath, File.ReadAllBytes(Path.Combine(Directory, draftPath))), FakeAssets.Site());
}
