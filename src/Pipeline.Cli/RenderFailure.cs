namespace Pipeline.Cli;

/// <summary>One readable line for a render that failed with something other than a draft error (a renderer bug, a broken template).</summary>
internal static class RenderFailure
{
    private const int MaxMessageLength = 200;

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message.ReplaceLineEndings(" ");
        if (message.Length > MaxMessageLength)
        {
            message = message[..MaxMessageLength] + "…";
        }

        return $"could not be rendered ({exception.GetType().Name}): {message}";
    }
}
