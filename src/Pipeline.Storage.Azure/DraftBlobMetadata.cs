using System.Globalization;

namespace Pipeline.Storage.Azure;

/// <summary>
/// The blob metadata the uploader writes on drafts and the draft store reads back: the one place for its name and
/// format. <see cref="AuthoredOn"/> is when the author last changed the file (its last git commit, else its
/// modification time), which dates an article whose front matter has none, so an imported repository keeps its order.
/// </summary>
public static class DraftBlobMetadata
{
    /// <summary>Metadata name (blob metadata names are C# identifiers; the service lower-cases them anyway).</summary>
    public const string AuthoredOn = "authoredon";

    /// <summary>Round-trip ISO 8601 (<c>2023-01-01T00:00:00.0000000+00:00</c>): ASCII, as metadata values must be.</summary>
    public static string Format(DateTimeOffset date) => date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The authored date a blob carries, or null when it has none or an unreadable one (metadata is client-written).</summary>
    public static DateTimeOffset? ReadAuthoredOn(IDictionary<string, string>? metadata) =>
        metadata is not null
        && metadata.TryGetValue(AuthoredOn, out var value)
        && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
