namespace Pipeline.Publishing.Stores;

/// <summary>
/// The asset rows of the index (layout in <see cref="AssetKeys"/>): one row per asset path, the dependencies of
/// drafts on asset paths in both directions, and the hashes garbage collection has seen unreferenced.
/// </summary>
public interface IAssetIndex
{
    Task<AssetRecord?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same point read, synchronously: rendering is synchronous and asks for assets while it runs
    /// (<see cref="Rendering.Assets.IAssetResolver"/>). Implementations use the storage SDK's own synchronous call.
    /// </summary>
    AssetRecord? Get(string path);

    IAsyncEnumerable<AssetRecord> ListAsync(CancellationToken cancellationToken = default);

    Task SetAsync(AssetRecord record, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The drafts whose live render looked up <paramref name="assetPath"/> (one range query).</summary>
    Task<IReadOnlyList<string>> UsersAsync(string assetPath, CancellationToken cancellationToken = default);

    /// <summary>What the draft's live render looked up (one range query).</summary>
    Task<IReadOnlyList<AssetUse>> UsesAsync(string draftPath, CancellationToken cancellationToken = default);

    /// <summary>Replaces the draft's dependencies with <paramref name="uses"/>, in both directions; writes only what changed.</summary>
    Task SetUsesAsync(string draftPath, IReadOnlyList<AssetUse> uses, CancellationToken cancellationToken = default);

    /// <summary>Every dependency of every draft (reconcile).</summary>
    IAsyncEnumerable<AssetUse> ListUsesAsync(CancellationToken cancellationToken = default);

    /// <summary>Hashes found unreferenced by an earlier reconcile pass, with when they were first seen so.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> ListUnreferencedAsync(CancellationToken cancellationToken = default);

    Task MarkUnreferencedAsync(string hash, DateTimeOffset since, CancellationToken cancellationToken = default);

    Task ForgetUnreferencedAsync(string hash, CancellationToken cancellationToken = default);
}
