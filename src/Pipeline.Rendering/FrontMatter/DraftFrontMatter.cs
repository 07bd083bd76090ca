namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// What a draft's front matter says, with the common aliases of Hugo, Jekyll, Zenn and friends folded
/// into one field each. Fields the pipeline does not interpret stay in <see cref="Extra"/>.
/// </summary>
public sealed record DraftFrontMatter
{
    public static readonly DraftFrontMatter Empty = new();

    public FrontMatterSyntax Syntax { get; init; }
    public string? Title { get; init; }
    public string? Slug { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Summary { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Lang { get; init; }
    public string? Image { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The dialect the front matter asks for (<see cref="MarkdownDialectRule"/>), or null to use the site's.</summary>
    public Markdown.MarkdownDialect? Dialect { get; init; }
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
