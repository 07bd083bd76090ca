using System.Text.RegularExpressions;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Reads the few ARM expression shapes Bicep emits for a value taken from names.json, such as
/// <c>[variables('names').containers.DraftsContainer]</c> or <c>[format('{0}', variables('names').settings.X)]</c>.
/// </summary>
public static partial class ArmExpression
{
    /// <summary>The names.json group and key an expression reads, or null when it reads anything else.</summary>
    public static (string Group, string Key)? NamesReference(string? expression)
    {
        var match = expression is null ? null : NamesReferencePattern().Match(expression);
        return match is { Success: true } ? (match.Groups["group"].Value, match.Groups["key"].Value) : null;
    }

    /// <summary>The value names.json gives the expression; fails the test when it is not a names.json reference.</summary>
    public static string ResolveName(string? expression, NamesFile names)
    {
        var reference = NamesReference(expression);
        Assert.True(reference is not null, $"Expected a value read from names.json, found: {expression}");
        return names.Value(reference.Value.Group, reference.Value.Key);
    }

    [GeneratedRegex(@"^\[(?:format\('\{0\}', )?variables\('names'\)\.(?<group>\w+)\.(?<key>\w+)\)?\]$")]
    private static partial Regex NamesReferencePattern();
}
