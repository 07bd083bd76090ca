using Pipeline.Rendering.Mathematics;

namespace Pipeline.Rendering.Tests.Mathematics;

/// <summary>Records what the parser hands the typesetter, and returns a marker instead of MathML.</summary>
internal sealed class RecordingTypesetter : ITexTypesetter
{
    public List<(string Tex, bool Display)> Seen { get; } = [];

    public TexResult Typeset(string tex, bool display)
    {
        Seen.Add((tex, display));
        return TexResult.Ok("<math></math>");
    }

    public static RecordingTypesetter Parse(string markdown)
    {
        var typesetter = new RecordingTypesetter();
        var document = Markdig.Markdown.Parse(markdown, Pipeline.Rendering.Markdown.ArticleMarkdown.Pipeline);
        MathTypesetting.Run(document, typesetter, firstLine: 1);
        return typesetter;
    }
}
