namespace Pipeline.Rendering.FrontMatter;

/// <summary>How a draft's front matter block is written.</summary>
public enum FrontMatterSyntax
{
    None,
    Yaml,
    Toml,
    Json,
}
