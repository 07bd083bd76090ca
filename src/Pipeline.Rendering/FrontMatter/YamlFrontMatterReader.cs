using System.Globalization;
using Pipeline.Rendering.Drafts;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Reads a YAML front matter block straight from YamlDotNet's event stream (no object mapping, no
/// reflection): a top-level mapping whose values are scalars, sequences or nested mappings.
/// </summary>
internal static class YamlFrontMatterReader
{
    /// <param name="yaml">The block between the <c>---</c> lines.</param>
    /// <param name="firstLine">1-based draft line of the block's first line.</param>
    /// <param name="maxDepth">Deepest nesting of values accepted (top-level values are depth 1).</param>
    public static List<RawField> Read(string yaml, int firstLine, int maxDepth) =>
        SimpleYamlReader.TryRead(yaml, firstLine, out var simple) ? simple : ReadWithParser(yaml, firstLine, maxDepth);

    /// <summary>The full reader: any YAML, exact errors. <see cref="Read"/> tries the fast path first.</summary>
    public static List<RawField> ReadWithParser(string yaml, int firstLine, int maxDepth)
    {
        var fields = new List<RawField>();
        var lastKeyLine = firstLine;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return fields;
            }

            parser.Consume<DocumentStart>();
            if (parser.Accept<Scalar>(out var empty) && empty.Value.Length == 0)
            {
                return fields;
            }

            if (!parser.TryConsume<MappingStart>(out _))
            {
                var current = parser.Current;
                throw new DraftException(
                    DraftErrorKind.FrontMatter,
                    "YAML front matter must be a mapping of 'key: value' lines",
                    current is null ? firstLine : DraftLine(current.Start, firstLine));
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                var line = DraftLine(key.Start, firstLine);
                lastKeyLine = line;
                if (!seen.Add(key.Value))
                {
                    throw new DraftException(DraftErrorKind.FrontMatter, $"YAML front matter: duplicate key '{key.Value}'", line);
                }

                fields.Add(new RawField(key.Value, ReadValue(parser, 1, maxDepth, firstLine), line));
            }

            return fields;
        }
        catch (YamlException ex)
        {
            throw new DraftException(DraftErrorKind.FrontMatter, "YAML front matter: " + Describe(ex), DraftLine(ex.Start, firstLine), ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner gives up this way on some unterminated flow collections, without a position:
            // the value of the last key read is where it went wrong.
            throw new DraftException(DraftErrorKind.FrontMatter, "YAML front matter: this value cannot be read (check brackets and quotes)", lastKeyLine, ex);
        }
    }

    private static object? ReadValue(IParser parser, int depth, int maxDepth, int firstLine)
    {
        if (parser.Current is { } current)
        {
            FrontMatterDepth.Check(depth, maxDepth, DraftLine(current.Start, firstLine));
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return scalar.Style is ScalarStyle.Plain ? PlainScalar(scalar.Value) : scalar.Value;
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadValue(parser, depth + 1, maxDepth, firstLine));
            }

            return items;
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                map[key] = ReadValue(parser, depth + 1, maxDepth, firstLine);
            }

            return map;
        }

        // An alias (*name): front matter has no use for shared nodes.
        parser.Consume<AnchorAlias>();
        return null;
    }

    /// <summary>YAML 1.2 core schema for unquoted scalars; dates stay strings and are read by the field that wants one.</summary>
    public static object? PlainScalar(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        const NumberStyles decimalNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return double.TryParse(value, decimalNumber, CultureInfo.InvariantCulture, out var real) ? real : value;
    }

    private static int DraftLine(Mark mark, int firstLine) => firstLine + (int)Math.Max(0, mark.Line - 1);

    /// <summary>YamlDotNet prefixes messages with "(Line: …) - (Line: …): "; the line is reported separately.</summary>
    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
