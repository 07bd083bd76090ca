using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing.Planning;

/// <summary>A permanent problem with one draft version, as its status row reports it.</summary>
public sealed record DraftError(DraftErrorKind Kind, string Message, int? Line = null)
{
    public static DraftError From(DraftException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new DraftError(exception.Kind, exception.Message, exception.Line);
    }
}
