using Pipeline.Publishing.Planning;
using Pipeline.Rendering;

namespace Pipeline.Publishing.Tests.Planning;

/// <summary>Inputs of the pure decision step, built in memory: no storage, no renderer.</summary>
internal static class Drafts
{
    public const string Path = "a.md";
    public const string RendererVersion = "r1";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Created = Now.AddDays(-30);

    public static DraftVersion Version(string etag = "\"v2\"", DateTimeOffset? lastModified = null) =>
        new(Path, etag, lastModified ?? Now.AddMinutes(-1), Created, 100);

    public static ArticleMetadata Meta(
        string slug = "a", string contentHash = "text2", DateTimeOffset? date = null, bool draft = false,
        IReadOnlyList<string>? aliases = null, IReadOnlyList<string>? tags = null, string title = "Title",
        IReadOnlyDictionary<string, object?>? extra = null) => new()
        {
            SourcePath = Path,
            Title = title,
            Slug = slug,
            Lang = "en",
            Date = date,
            Draft = draft,
            Aliases = aliases ?? [],
            Tags = tags ?? [],
            ContentHash = contentHash,
            RendererVersion = RendererVersion,
            Extra = extra ?? new Dictionary<string, object?>(),
        };

    /// <summary>The draft row of the live version: published as <paramref name="slug"/> from bytes <c>raw1</c>, text <c>text1</c>.</summary>
    public static DraftRecord Live(
        string slug = "a", DraftState state = DraftState.Published, DateTimeOffset? dueAt = null, IReadOnlyList<string>? redirects = null,
        DateTimeOffset? lastModified = null) => new()
        {
            Path = Path,
            SourceETag = "\"v1\"",
            SourceLastModified = lastModified ?? Now.AddHours(-1),
            RawHash = "raw1",
            ContentHash = "text1",
            RendererVersion = RendererVersion,
            State = state,
            Slug = slug,
            Redirects = redirects ?? [],
            DueAt = dueAt,
            PageBlob = state == DraftState.Published ? $"{slug}/old.html" : null,
            ETag = "row-etag",
        };

    public static SlugRecord Article(string slug, string owner = Path) =>
        new() { Slug = slug, State = SlugState.Article, Owner = owner, PageBlob = $"{slug}/old.html", ETag = "slug-etag" };

    public static SlugRecord Redirect(string slug, string target, string owner = Path) =>
        new() { Slug = slug, State = SlugState.Redirect, Owner = owner, Target = target, ETag = "slug-etag" };

    public static SlugRecord Gone(string slug, string owner) =>
        new() { Slug = slug, State = SlugState.Gone, Owner = owner, ETag = "slug-etag" };

    public static IndexState State(params SlugRecord[] rows) => new(rows);
}
