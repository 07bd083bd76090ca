using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Functions.HostHarness;

/// <summary>
/// An HTTP function's route template, matched the way the host's ASP.NET Core routing matches it:
/// literal and parameter segments, inline constraints (<c>{slug:maxlength(200)}</c>), and precedence
/// between templates that both match (more literal wins).
/// </summary>
internal sealed class HttpRoute
{
    private static readonly IInlineConstraintResolver ConstraintResolver =
        new ServiceCollection().AddRouting().BuildServiceProvider().GetRequiredService<IInlineConstraintResolver>();

    private readonly RouteTemplate _template;
    private readonly TemplateMatcher _matcher;
    private readonly (TemplatePart Parameter, IRouteConstraint Constraint)[] _constraints;

    public HttpRoute(string route)
    {
        _template = TemplateParser.Parse(route);
        _matcher = new TemplateMatcher(_template, new RouteValueDictionary());
        _constraints = _template.Parameters
            .SelectMany(parameter => parameter.InlineConstraints.Select(inline => (parameter, Resolve(inline.Constraint))))
            .ToArray();
        Precedence = RoutePrecedence.ComputeInbound(_template);
    }

    /// <summary>Lower is more specific; the host tries more specific templates first.</summary>
    public decimal Precedence { get; }

    public bool TryMatch(PathString path, out RouteValueDictionary values)
    {
        values = new RouteValueDictionary();
        if (!_matcher.TryMatch(path, values))
        {
            return false;
        }

        foreach (var (parameter, constraint) in _constraints)
        {
            var present = values.TryGetValue(parameter.Name!, out var value) && value is not null;
            if ((present || !parameter.IsOptional)
                && !constraint.Match(httpContext: null, route: null, parameter.Name!, values, RouteDirection.IncomingRequest))
            {
                return false;
            }
        }

        return true;
    }

    private static IRouteConstraint Resolve(string constraint) =>
        ConstraintResolver.ResolveConstraint(constraint) as IRouteConstraint
        ?? throw new InvalidOperationException($"Unknown route constraint '{constraint}'.");
}
