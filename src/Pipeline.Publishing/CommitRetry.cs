using Microsoft.Extensions.Logging;

namespace Pipeline.Publishing;

/// <summary>
/// The one retry loop around an optimistic index commit, shared by publish and unpublish: an attempt reads, decides
/// and commits, and returns null when the commit lost a race (a row changed since it was read), so it runs again
/// on fresh reads. After <see cref="MaxAttempts"/> it throws, and the trigger retries the event later.
/// </summary>
internal static class CommitRetry
{
    public const int MaxAttempts = 8;

    public static async Task<T> RunAsync<T>(ILogger logger, string draftPath, Func<Task<T?>> attempt)
        where T : class
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            if (await attempt() is { } result)
            {
                return result;
            }

            PublisherLog.CommitConflict(logger, draftPath, attemptNumber);
            if (attemptNumber == MaxAttempts)
            {
                throw new InvalidOperationException($"The index kept changing while updating '{draftPath}'; the event will be retried.");
            }
        }
    }
}
