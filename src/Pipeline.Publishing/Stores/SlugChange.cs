namespace Pipeline.Publishing.Stores;

/// <summary>
/// One slug row in a commit: from <see cref="Expected"/> (as read, with its ETag; null = must not exist) to
/// <see cref="Next"/> (null = remove). Listing rows follow: an article's rows are removed with it and added for its new state.
/// </summary>
public sealed record SlugChange(SlugRecord? Expected, SlugRecord? Next);
