using Microsoft.Extensions.Options;

namespace Pipeline.Web;

/// <summary>Reads the base64 signing keys of <see cref="PipelineWebOptions"/> (cursor key, preview key) one way.</summary>
public static class SigningKeys
{
    /// <summary>The key's bytes, <c>null</c> when unset; a value that is not base64 is a configuration error.</summary>
    public static byte[]? Read(string? value, string optionName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new OptionsValidationException(optionName, typeof(PipelineWebOptions), [$"{optionName} must be base64: {e.Message}"]);
        }
    }
}
