using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Pipeline.Rendering.Templates;

/// <summary>
/// The state one compiled render works on: the output, the model, the loop variables in scope (innermost last)
/// and a Scriban context used only for Scriban's own conversions (truth, printing, comparison), so a compiled layout
/// converts values exactly as the interpreter does.
/// </summary>
internal sealed class LayoutScope(StringBuilder output, ScriptObject model, StringBuilder? body, TemplateContext conversions, int loopLimit)
{
    private readonly List<KeyValuePair<string, object?>> _locals = [];

    public StringBuilder Output { get; } = output;

    /// <summary>Whether there is an article to write where the layout prints the body marker (see <see cref="TemplateSet"/>).</summary>
    public bool HasBody => body is not null;

    /// <summary>How many times the layout printed the body, and where in <see cref="Output"/> it last started.</summary>
    public int BodyPrints { get; private set; }

    public int BodyStart { get; private set; } = -1;

    public void WriteBody()
    {
        BodyStart = Output.Length;
        BodyPrints++;
        Output.Append(body);
    }

    public TemplateContext Conversions { get; } = conversions;

    public int LoopLimit { get; } = loopLimit;

    public object? Global(string name)
    {
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (_locals[i].Key == name)
            {
                return _locals[i].Value;
            }
        }

        // The interpreter would look further, into Scriban's built-in objects: leave such a name to it.
        return model.TryGetValue(name, out var value) ? value : throw new LayoutFallbackException($"'{name}' is not in the model");
    }

    public void Push(string name, object? value) => _locals.Add(new(name, value));

    public void Pop() => _locals.RemoveAt(_locals.Count - 1);
}
