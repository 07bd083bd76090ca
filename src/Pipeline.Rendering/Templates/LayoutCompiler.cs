using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Pipeline.Rendering.Templates;

/// <summary>
/// Turns a parsed Scriban layout into a tree of delegates, once: text runs become appends, <c>{{ a.b }}</c> becomes
/// dictionary lookups, <c>if</c>/<c>else</c>/<c>for</c>/<c>include</c> become plain control flow. Only the part of the
/// language page layouts use is compiled (variables and members, literals, comparisons, <c>&amp;&amp;</c> <c>||</c>
/// <c>!</c>, <c>.size</c>, <c>for x in list</c>, <c>include 'name'</c>); a template using anything else (pipes,
/// functions, assignments, ranges, <c>for.index</c>…) returns null and stays with the interpreter, so every layout a
/// site writes still renders. Values are converted by Scriban's own <see cref="TemplateContext"/> methods.
/// </summary>
internal static class LayoutCompiler
{
    /// <param name="include">The compiled template of an included name, or null when that one cannot be compiled.</param>
    public static Action<LayoutScope>? TryCompile(Template template, Func<string, Action<LayoutScope>?> include)
    {
        ArgumentNullException.ThrowIfNull(template);
        try
        {
            return Block(template.Page?.Body, include);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Action<LayoutScope> Block(ScriptBlockStatement? block, Func<string, Action<LayoutScope>?> include)
    {
        if (block is null)
        {
            return static _ => { };
        }

        var steps = new List<Action<LayoutScope>>();
        foreach (var statement in block.Statements)
        {
            if (Statement(statement, include) is { } step)
            {
                steps.Add(step);
            }
        }

        var all = steps.ToArray();
        return all.Length == 1 ? all[0] : scope =>
        {
            foreach (var step in all)
            {
                step(scope);
            }
        };
    }

    private static Action<LayoutScope>? Statement(ScriptStatement statement, Func<string, Action<LayoutScope>?> include)
    {
        switch (statement)
        {
            case ScriptRawStatement raw:
                var text = raw.Text.ToString();
                return text.Length == 0 ? null : scope => scope.Output.Append(text);
            case ScriptEscapeStatement or ScriptEndStatement:
                return null;
            case ScriptExpressionStatement { Expression: ScriptFunctionCall call }:
                return Include(call, include);
            case ScriptExpressionStatement { Expression: var expression }:
                var value = Expression(expression);
                return scope => Print(scope, value(scope));
            case ScriptIfStatement conditional when conditional.GetType() == typeof(ScriptIfStatement):
                return If(conditional, include);
            case ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement):
                return For(loop, include);
            default:
                throw new NotSupportedException(statement.GetType().Name);
        }
    }

    private static void Print(LayoutScope scope, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text when scope.HasBody && ReferenceEquals(text, TemplateSet.BodyMarker):
                scope.WriteBody();
                break;
            case string text:
                scope.Output.Append(text);
                break;
            default:
                scope.Output.Append(scope.Conversions.ObjectToString(value));
                break;
        }
    }

    private static Action<LayoutScope> Include(ScriptFunctionCall call, Func<string, Action<LayoutScope>?> include)
    {
        if (call.Target is not ScriptVariableGlobal { Name: "include" } || call.Arguments is not [ScriptLiteral { Value: string name }])
        {
            throw new NotSupportedException("function call");
        }

        return include(name) ?? throw new NotSupportedException("included template " + name);
    }

    private static Action<LayoutScope> If(ScriptIfStatement conditional, Func<string, Action<LayoutScope>?> include)
    {
        var condition = Expression(conditional.Condition);
        var then = Block(conditional.Then, include);
        Action<LayoutScope>? otherwise = conditional.Else switch
        {
            null => null,
            ScriptElseStatement { Body: var body } => Block(body, include),
            ScriptIfStatement elseIf when elseIf.GetType() == typeof(ScriptIfStatement) => If(elseIf, include),
            var other => throw new NotSupportedException(other.GetType().Name),
        };
        var span = conditional.Span;
        return scope =>
        {
            if (scope.Conversions.ToBool(span, condition(scope)))
            {
                then(scope);
            }
            else
            {
                otherwise?.Invoke(scope);
            }
        };
    }

    private static Action<LayoutScope> For(ScriptForStatement loop, Func<string, Action<LayoutScope>?> include)
    {
        if (loop.Variable is not ScriptVariableGlobal { Name: var name } || loop.NamedArguments is { Count: > 0 } || loop.Else is not null)
        {
            throw new NotSupportedException("for with parameters, else or a special variable");
        }

        name = Key(name);
        var items = Expression(loop.Iterator);
        var body = Block(loop.Body, include);
        return scope =>
        {
            switch (items(scope))
            {
                case null:
                    return;
                case IList list:
                    if (list.Count > scope.LoopLimit)
                    {
                        throw new LayoutFallbackException("loop over the limit");
                    }

                    foreach (var item in list)
                    {
                        scope.Push(name, item);
                        body(scope);
                        scope.Pop();
                    }

                    return;
                default:
                    throw new LayoutFallbackException("loop over something other than a list");
            }
        };
    }

    private static Func<LayoutScope, object?> Expression(ScriptExpression? expression)
    {
        switch (expression)
        {
            case ScriptVariableGlobal { Name: var name } when expression.GetType() == typeof(ScriptVariableGlobal):
                var global = Key(name);
                return scope => scope.Global(global);
            case ScriptMemberExpression { Target: var target, Member: ScriptVariableGlobal { Name: var member } }:
                var of = Expression(target);
                var key = Key(member);
                return scope => Member(of(scope), key);
            case ScriptLiteral { Value: var constant }:
                return _ => constant;
            case ScriptNestedExpression { Expression: var inner }:
                return Expression(inner);
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: var operand }:
                var negated = Expression(operand);
                var notSpan = operand?.Span ?? default;
                return scope => !scope.Conversions.ToBool(notSpan, negated(scope));
            case ScriptBinaryExpression binary:
                return Binary(binary);
            default:
                throw new NotSupportedException(expression?.GetType().Name ?? "empty expression");
        }
    }

    private static Func<LayoutScope, object?> Binary(ScriptBinaryExpression binary)
    {
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        var span = binary.Span;
        switch (binary.Operator)
        {
            case ScriptBinaryOperator.Or:
                return scope => scope.Conversions.ToBool(span, left(scope)) || scope.Conversions.ToBool(span, right(scope));
            case ScriptBinaryOperator.And:
                return scope => scope.Conversions.ToBool(span, left(scope)) && scope.Conversions.ToBool(span, right(scope));
            case ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareLess
                or ScriptBinaryOperator.CompareLessOrEqual or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual:
                var op = binary.Operator;
                return scope => ScriptBinaryExpression.Evaluate(scope.Conversions, span, op, left(scope), right(scope));
            default:
                throw new NotSupportedException(binary.Operator.ToString());
        }
    }

    /// <summary>
    /// The name as the one string instance the model's keys (C# literals, interned) and the loop variables share, so
    /// every lookup of it compares references instead of characters.
    /// </summary>
    private static string Key(string name) => string.Intern(name);

    /// <summary>A member as Scriban's relaxed member access reads it: of a model object, <c>size</c> of a list or text, null of null.</summary>
    private static object? Member(object? target, string member) => target switch
    {
        null => null,
        ScriptObject model when model.TryGetValue(member, out var value) => value,
        // Scriban answers a few names on any object (size, empty?…): leave a missing one to it.
        ScriptObject when member != "size" => null,
        ICollection list when member == "size" => list.Count,
        string text when member == "size" => text.Length,
        _ => throw new LayoutFallbackException($"member '{member}' of {target.GetType().Name}"),
    };
}
