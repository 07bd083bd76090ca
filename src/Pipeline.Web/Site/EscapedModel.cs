using System.Collections;
using System.Reflection;
using Pipeline.Rendering.Templates;
using Scriban.Runtime;

namespace Pipeline.Web.Site;

/// <summary>
/// Turns a view record into a template model the way <see cref="TemplateSet"/> expects: snake_case keys, every
/// string HTML-escaped once (<see cref="HtmlText"/>), so templates print values as they are.
/// </summary>
public static class EscapedModel
{
    public static ScriptObject From(object view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var model = new ScriptObject();
        foreach (var property in view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                model[StandardMemberRenamer.Rename(property.Name)] = Value(property.GetValue(view));
            }
        }

        return model;
    }

    private static object? Value(object? value) => value switch
    {
        null => null,
        string text => HtmlText.Escape(text),
        bool or int or long or double or decimal => value,
        IEnumerable items => new ScriptArray(items.Cast<object?>().Select(Value)),
        _ => From(value),
    };
}
