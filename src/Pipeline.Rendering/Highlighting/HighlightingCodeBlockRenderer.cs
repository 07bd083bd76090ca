using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Pipeline.Rendering.Diagrams;
using Pipeline.Rendering.Mathematics;

namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// Every code block: <c>```math</c> as display math; fenced code highlighted by <see cref="SyntaxHighlighter"/>
/// (plain when the language is unknown); Zenn's <c>lang:file</c> name as a caption above the block; diffs
/// (<c>diff</c>, <c>js diff</c>, <c>diff-js</c>) with each added/removed line in <c>&lt;ins&gt;</c>/<c>&lt;del&gt;</c>
/// and the rest of the line highlighted in its language; <c>```mermaid</c> as a diagram's source for <see cref="MermaidScript"/>. Runs at publish time only; pages are stored rendered.
/// </summary>
public sealed class HighlightingCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        renderer.EnsureLine();
        if (block is not FencedCodeBlock fenced)
        {
            WritePre(renderer, null, PlainLines(Lines(block)));
            return;
        }

        if (MathTypesetting.Fenced(fenced) is { } math)
        {
            MathHtml.WriteBlock(renderer, math, math.TexToTypeset);
            return;
        }

        var info = CodeInfo.Parse(fenced.Info, fenced.Arguments);
        var lines = Lines(block);
        if (MermaidScript.IsDiagram(info))
        {
            // The source, escaped, in the element mermaid looks for (it reads the text back and draws the SVG in
            // its place); without script it reads as a code block. A Zenn file name is dropped, as Zenn does.
            renderer.Write("<pre class=\"mermaid\">");
            foreach (var line in lines)
            {
                renderer.WriteEscape(line).Write('\n');
            }

            renderer.WriteLine("</pre>");
            return;
        }

        var html = info.IsDiff ? DiffLines(info.Language, lines) : SyntaxHighlighter.Shared.Highlight(info.Language, lines) ?? PlainLines(lines);
        if (info.FileName is { } fileName)
        {
            renderer.Write("<figure class=\"code-block\"><figcaption class=\"code-filename\">").WriteEscape(fileName).Write("</figcaption>");
            WritePre(renderer, info.LanguageClass, html, joinLines: !info.IsDiff);
            renderer.WriteLine("</figure>");
            return;
        }

        WritePre(renderer, info.LanguageClass, html, joinLines: !info.IsDiff);
    }

    private static void WritePre(HtmlRenderer renderer, string? languageClass, string[] lines, bool joinLines = true)
    {
        renderer.Write("<pre><code");
        if (languageClass is not null)
        {
            renderer.Write(" class=\"").Write(languageClass).Write('"');
        }

        renderer.Write('>');
        for (var i = 0; i < lines.Length; i++)
        {
            renderer.Write(lines[i]);
            if (joinLines)
            {
                renderer.Write('\n');
            }
        }

        renderer.WriteLine("</code></pre>");
    }

    private static string[] Lines(CodeBlock block)
    {
        var group = block.Lines;
        var lines = new string[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            lines[i] = group.Lines[i].Slice.ToString();
        }

        return lines;
    }

    private static string[] PlainLines(IReadOnlyList<string> lines)
    {
        var html = new string[lines.Count];
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Clear();
            SyntaxHighlighter.AppendEscaped(builder, lines[i]);
            html[i] = builder.ToString();
        }

        return html;
    }

    /// <summary>
    /// Each line wrapped whole (newline included, so the line's box spans it): <c>+</c>/<c>&gt;</c> added,
    /// <c>-</c>/<c>&lt;</c> removed, <c>+++</c>/<c>---</c> file headers, <c>@@</c> hunks, anything else context.
    /// The text after the marker is highlighted in the diff's language, state carried across lines.
    /// </summary>
    private static string[] DiffLines(string? language, IReadOnlyList<string> lines)
    {
        var bodies = lines.Select(line => line.Length > 0 && DiffKind(line) is DiffLine.Added or DiffLine.Removed or DiffLine.Context ? line[1..] : line).ToList();
        var highlighted = language is null ? null : SyntaxHighlighter.Shared.Highlight(language, bodies);
        var plain = PlainLines(bodies);
        var html = new string[lines.Count];
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var kind = DiffKind(line);
            builder.Clear();
            var body = highlighted?[i] ?? plain[i];
            switch (kind)
            {
                case DiffLine.Added or DiffLine.Removed:
                    var element = kind == DiffLine.Added ? "ins" : "del";
                    builder.Append('<').Append(element).Append("><span class=\"diff-marker\">");
                    SyntaxHighlighter.AppendEscaped(builder, line.AsSpan(0, 1));
                    builder.Append("</span>").Append(body).Append("\n</").Append(element).Append('>');
                    break;
                case DiffLine.Header or DiffLine.Hunk:
                    builder.Append("<span class=\"").Append(kind == DiffLine.Header ? "gh" : "gu").Append("\">").Append(plain[i]).Append("</span>\n");
                    break;
                default:
                    if (line.Length > 0)
                    {
                        builder.Append("<span class=\"diff-marker\">");
                        SyntaxHighlighter.AppendEscaped(builder, line.AsSpan(0, 1));
                        builder.Append("</span>");
                    }

                    builder.Append(body).Append('\n');
                    break;
            }

            html[i] = builder.ToString();
        }

        return html;
    }

    private static DiffLine DiffKind(string line)
    {
        if (line.StartsWith("+++ ", StringComparison.Ordinal) || line.StartsWith("--- ", StringComparison.Ordinal))
        {
            return DiffLine.Header;
        }

        if (line.StartsWith("@@", StringComparison.Ordinal))
        {
            return DiffLine.Hunk;
        }

        return line.Length == 0 ? DiffLine.Other : line[0] switch
        {
            '+' or '>' => DiffLine.Added,
            '-' or '<' => DiffLine.Removed,
            ' ' => DiffLine.Context,
            _ => DiffLine.Other,
        };
    }

    private enum DiffLine
    {
        Other,
        Context,
        Added,
        Removed,
        Header,
        Hunk,
    }
}
