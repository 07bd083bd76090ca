using System.Collections.Concurrent;
using Pipeline.Assets;
using Pipeline.Rendering.Assets;

namespace Pipeline.Cli.Assets;

/// <summary>
/// The <see cref="IAssetResolver"/> of <c>pipeline render DIR</c>: a blob name is a path under the folder. Each
/// referenced file is inspected with <see cref="AssetInspector"/> (size, bytes against extension, header limits);
/// with an output folder it is published there exactly as the site publishes it — the source (SVG sanitised) and its
/// variants under <c>OUT/assets/{hash}/</c>, made once per content hash — so the static output is complete. Without one
/// (a dry run) only the inspection runs. A refused file is reported (<see cref="Refusals"/>) and the page shows it as
/// missing. Thread-safe: drafts render in parallel and each file is read once.
/// </summary>
public sealed class FolderAssets : IAssetResolver
{
    private readonly string _root;
    private readonly string? _assetsRoot;
    private readonly AssetInspector _inspector;
    private readonly VariantMaker _variants;
    private readonly ConcurrentDictionary<string, Lazy<ResolvedAsset?>> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<ImageVariant>>> _byHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refusals = new(StringComparer.Ordinal);

    /// <param name="outputDirectory">Where pages go; assets are written under its <c>assets/</c>. Null: inspect only.</param>
    public FolderAssets(string sourceDirectory, string? outputDirectory, AssetInspector? inspector = null, VariantMaker? variants = null)
    {
        _root = Path.GetFullPath(sourceDirectory);
        _assetsRoot = outputDirectory is null ? null : Path.Combine(Path.GetFullPath(outputDirectory), AssetAddress.RoutePrefix.Trim('/'));
        _inspector = inspector ?? new AssetInspector();
        _variants = variants ?? new VariantMaker();
    }

    /// <summary>Referenced files that were refused, by path.</summary>
    public IReadOnlyList<AssetRefusal> Refusals =>
        [.. _refusals.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => new AssetRefusal(entry.Key, entry.Value))];

    /// <summary>Distinct contents published to the output folder.</summary>
    public int Published => _byHash.Count;

    public ResolvedAsset? Find(string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        return _byName.GetOrAdd(blobName, name => new Lazy<ResolvedAsset?>(() => Load(name))).Value;
    }

    private ResolvedAsset? Load(string blobName)
    {
        if (!AssetClassifier.IsAsset(blobName) || LocalPath(blobName) is not { } path || !File.Exists(path))
        {
            return null;
        }

        try
        {
            _inspector.CheckSize(blobName, new FileInfo(path).Length);
            var content = File.ReadAllBytes(path);
            var inspected = _inspector.Inspect(blobName, content);
            if (inspected.Kind == AssetKind.Svg)
            {
                content = SvgSanitizer.Sanitize(content);
            }

            var hash = AssetAddress.Hash(content);
            var variants = _assetsRoot is null ? [] : Publish(hash, inspected, content);
            var resolved = ResolvedAssets.From(blobName, hash, inspected, variants);
            return inspected.Kind == AssetKind.Svg && SvgSize.Read(content) is var (width, height)
                ? resolved with { Width = width, Height = height }
                : resolved;
        }
        catch (AssetException refused)
        {
            return Refuse(blobName, refused.Message);
        }
        catch (NetVips.VipsException broken)
        {
            // The header passed but the pixels do not decode (a truncated file): refused like a corrupt one.
            return Refuse(blobName, $"'{Path.GetFileName(blobName)}' cannot be decoded: {broken.Message.Split('\n', 2)[0].Trim()}");
        }
    }

    private ResolvedAsset Refuse(string blobName, string reason)
    {
        _refusals[blobName] = reason;
        return ResolvedAsset.Refused(blobName, reason);
    }

    /// <summary>Writes the source under its own name and, once per content, the variants; returns the variants.</summary>
    private IReadOnlyList<ImageVariant> Publish(string hash, InspectedAsset inspected, byte[] content)
    {
        var folder = Path.Combine(_assetsRoot!, hash);
        var variants = _byHash.GetOrAdd(hash, _ => new Lazy<IReadOnlyList<ImageVariant>>(() =>
        {
            var made = _variants.Make(inspected, content);
            Directory.CreateDirectory(folder);
            foreach (var variant in made)
            {
                File.WriteAllBytes(Path.Combine(folder, variant.FileName), variant.Content);
            }

            return made;
        })).Value;

        // The same bytes under two names are one content: variants are shared, each name gets its source file.
        var source = Path.Combine(folder, AssetAddress.SafeFileName(inspected.FileName));
        if (!File.Exists(source))
        {
            File.WriteAllBytes(source, content);
        }

        return variants;
    }

    // Candidates are normalised blob names (no '..'); this keeps anything else, and hidden files, out all the same.
    private string? LocalPath(string blobName)
    {
        if (blobName.Split('/').Any(part => part.StartsWith('.')))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(_root, blobName));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
