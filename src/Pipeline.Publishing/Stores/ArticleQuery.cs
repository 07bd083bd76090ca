namespace Pipeline.Publishing.Stores;

/// <summary>
/// One page of the newest-first listing. <paramref name="Tag"/> (any spelling; matched by
/// <see cref="Rendering.TagKey.Normalize"/>) narrows it to one tag. <paramref name="After"/> is the
/// <see cref="ArticlePage.Next"/> of the previous page: an opaque row position, not tamper-proof by itself —
/// the HTTP layer wraps it in an authenticated cursor bound to the tag. A position outside the queried range
/// is rejected with <see cref="ArgumentException"/>.
/// </summary>
public sealed record ArticleQuery(int Limit, string? Tag = null, string? After = null)
{
    public const int MaxLimit = 100;
}
