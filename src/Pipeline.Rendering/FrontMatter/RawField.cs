namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// One top-level front-matter entry as read, before aliases are folded. Values are plain .NET:
/// string, bool, long, double, DateTimeOffset, null, <c>List&lt;object?&gt;</c> or
/// <c>Dictionary&lt;string, object?&gt;</c>. <see cref="Line"/> is 1-based in the draft when known.
/// </summary>
internal sealed record RawField(string Key, object? Value, int? Line);
