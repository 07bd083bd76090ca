using System.Text.Json;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Text;

namespace Pipeline.Publishing.Planning;

/// <summary>
/// Every limit of the index, checked before anything is written, so that a draft the index cannot store fails
/// permanently with a readable reason (naming the field and its size) instead of failing at the table write,
/// being retried as a storage fault and poisoned. The limits are Table storage's, which any store must meet:
/// a string property holds 64 KiB (32K UTF-16 characters), an entity 1 MiB, a key 1 KiB (<see cref="IndexKeys"/>),
/// and the metadata is stored as JSON, whose serializer refuses nesting deeper than 64 levels.
/// </summary>
public static class IndexLimits
{
    /// <summary>Longest string stored in one table property (Table storage: 32,768 UTF-16 characters), with room to spare.</summary>
    public const int MaxPropertyLength = 32_000;

    /// <summary>Largest slug row (Table storage: 1 MiB per entity), counted as UTF-16 bytes of its strings.</summary>
    public const int MaxRowBytes = 1024 * 1024;

    /// <summary>Deepest front-matter nesting stored (the JSON serializer's own limit is 64, counted from the metadata's root).</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Only the one partition's transaction limit bounds this; beyond it a draft is rejected, not truncated.</summary>
    public const int MaxTagsAndAliases = 40;

    /// <summary>Room for property names, keys and the fixed-size fields of a slug row.</summary>
    private const int RowOverheadBytes = 16 * 1024;

    /// <summary>The options the table store serializes with (web defaults, non-ASCII escaped): the larger spelling.</summary>
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web);

    /// <summary>Null when the draft path can key a row; else a <see cref="DraftErrorKind.PathTooLong"/> error.</summary>
    public static DraftError? CheckPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IndexKeys.IsKeyablePath(path)
            ? null
            : new DraftError(DraftErrorKind.PathTooLong,
                $"the draft path is {IndexKeys.Escape(path).Length:N0} characters once escaped; the limit is {IndexKeys.MaxPathLength}; rename the draft");
    }

    /// <summary>Null when the index can store the article; else the first limit it exceeds.</summary>
    public static DraftError? Check(ArticleMetadata meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        if (!IndexKeys.IsKeyableSlug(meta.Slug))
        {
            return new DraftError(DraftErrorKind.InvalidSlug,
                $"the slug {TextPreview.Quote(meta.Slug)} is {meta.Slug.Length:N0} characters; it must be 1 to {IndexKeys.MaxSlugLength} characters long once escaped");
        }

        if (meta.Tags.Count + meta.Aliases.Count > MaxTagsAndAliases)
        {
            return new DraftError(DraftErrorKind.FrontMatter,
                $"an article may have at most {MaxTagsAndAliases} tags and aliases together; this one has {meta.Tags.Count + meta.Aliases.Count}");
        }

        if (meta.Tags.FirstOrDefault(tag => !IndexKeys.IsKeyableTag(TagKey.Normalize(tag))) is { } badTag)
        {
            return badTag.Length > IndexKeys.MaxTagLength
                ? TooLong("a tag", badTag, IndexKeys.MaxTagLength)
                : new DraftError(DraftErrorKind.FrontMatter, $"the tag {TextPreview.Quote(badTag)} is empty or too long once escaped (limit {IndexKeys.MaxTagLength} characters)");
        }

        return CheckProperty("title", meta.Title)
            ?? CheckProperty("excerpt (summary)", meta.Excerpt)
            ?? CheckProperty("lang", meta.Lang)
            ?? CheckProperty("tags", JsonSerializer.Serialize(meta.Tags, StoredJson))
            ?? CheckNesting(meta.Extra)
            ?? CheckRowSize(meta);
    }

    /// <summary>Strings stored whole in one property of the slug and listing rows.</summary>
    private static DraftError? CheckProperty(string field, string value) =>
        value.Length > MaxPropertyLength ? TooLong($"the {field}", value, MaxPropertyLength) : null;

    private static DraftError TooLong(string field, string value, int limit) =>
        new(DraftErrorKind.FieldTooLarge, $"{field} is {value.Length:N0} characters long; the limit is {limit:N0} (it starts {TextPreview.Quote(value)})");

    private static DraftError? CheckNesting(IReadOnlyDictionary<string, object?> extra)
    {
        foreach (var (key, value) in extra)
        {
            var depth = Depth(value, MaxNestingDepth + 1);
            if (depth > MaxNestingDepth)
            {
                return new DraftError(DraftErrorKind.TooComplex,
                    $"the front matter field {TextPreview.Quote(key)} is nested more than {MaxNestingDepth} levels deep; the limit is {MaxNestingDepth}");
            }
        }

        return null;
    }

    /// <summary>Nesting depth of a front-matter value (a scalar is 0), counted no further than <paramref name="stopAt"/>.</summary>
    private static int Depth(object? value, int stopAt)
    {
        var deepest = 0;
        var pending = new Stack<(object? Value, int Depth)>();
        pending.Push((value, 0));
        while (pending.TryPop(out var item))
        {
            var children = item.Value switch
            {
                IDictionary<string, object?> map => map.Values,
                System.Collections.IEnumerable list and not string => list.Cast<object?>(),
                _ => null,
            };
            if (children is null)
            {
                continue;
            }

            var depth = item.Depth + 1;
            deepest = Math.Max(deepest, depth);
            if (deepest >= stopAt)
            {
                return deepest;
            }

            foreach (var child in children)
            {
                pending.Push((child, depth));
            }
        }

        return deepest;
    }

    /// <summary>The slug row holds the metadata as JSON plus the listing summary: together under 1 MiB.</summary>
    private static DraftError? CheckRowSize(ArticleMetadata meta)
    {
        var json = JsonSerializer.Serialize(meta, StoredJson).Length;
        var bytes = 2L * (json + meta.Title.Length + meta.Excerpt.Length + meta.Lang.Length) + RowOverheadBytes;
        return bytes > MaxRowBytes
            ? new DraftError(DraftErrorKind.FieldTooLarge,
                $"the article's metadata (title, summary, table of contents, front matter) takes {bytes:N0} bytes in its index row; the limit is {MaxRowBytes:N0}")
            : null;
    }
}
