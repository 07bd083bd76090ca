using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Publishing;

/// <summary>
/// A render's warnings as a status row keeps them: the first <see cref="DraftStatus.MaxWarnings"/>, each message cut to
/// <see cref="DraftStatus.MaxWarningLength"/>, and how many were left out. Compared by value, so an unchanged list
/// writes nothing.
/// </summary>
internal sealed record StatusWarnings(IReadOnlyList<RenderWarning> Kept, int Omitted)
{
    public static readonly StatusWarnings None = new([], 0);

    public static StatusWarnings Fit(IReadOnlyList<RenderWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var kept = warnings.Take(DraftStatus.MaxWarnings).Select(Cut).ToList();
        return new StatusWarnings(kept, warnings.Count - kept.Count);
    }

    public static StatusWarnings Of(DraftStatus status) => new(status.Warnings, status.OmittedWarnings);

    public bool Equals(StatusWarnings? other) =>
        other is not null && Omitted == other.Omitted && Kept.SequenceEqual(other.Kept);

    public override int GetHashCode() => HashCode.Combine(Omitted, Kept.Count);

    private static RenderWarning Cut(RenderWarning warning) => warning.Message.Length <= DraftStatus.MaxWarningLength
        ? warning
        : warning with { Message = warning.Message[..(DraftStatus.MaxWarningLength - 1)] + "…" };
}
