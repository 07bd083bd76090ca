using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Zenn's (markdown-it-imsize) image size, <c>![alt](/img.png =250x)</c>, <c>=x150</c>, <c>=100x200</c>, optionally
/// after a title: an image with <c>width</c>/<c>height</c>. CommonMark has no reading for it (the text would print
/// literally), so both dialects accept it. Percentages (<c>=50%x</c>) are accepted as syntax but give no
/// attribute: HTML's <c>width</c> takes pixels only. Runs before Markdig's link parser and declines anything else.
/// </summary>
public sealed class ImageSizeInlineParser : InlineParser
{
    public ImageSizeInlineParser()
    {
        OpeningCharacters = ['!'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(processor);
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        if (!ImageSizeSyntax.TryRead(text, out var image))
        {
            return false;
        }

        var start = slice.Start;
        var link = new LinkInline(HtmlHelper.Unescape(image.Url), HtmlHelper.Unescape(image.Title) ?? "")
        {
            IsImage = true,
            IsClosed = true,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), start + image.Length - 1),
            Line = line,
            Column = column,
        };
        if (image.Alt.Length > 0)
        {
            link.AppendChild(new LiteralInline(HtmlHelper.Unescape(image.Alt)));
        }

        var attributes = link.GetAttributes();
        if (image.Width is { } width)
        {
            attributes.AddProperty("width", width);
        }

        if (image.Height is { } height)
        {
            attributes.AddProperty("height", height);
        }

        processor.Inline = link;
        slice.Start = start + image.Length;
        return true;
    }
}
