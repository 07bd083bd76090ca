namespace Pipeline.LocalHost;

/// <summary>
/// The local host's own switches, taken out of the arguments before the rest reach ASP.NET Core configuration
/// (whose command-line parser cannot read a bare flag such as <c>--publish-samples</c>).
/// </summary>
internal sealed record LocalHostArguments(bool PublishSamples, string? SamplesPath, string[] HostArguments)
{
    public const string PublishSamplesFlag = "--publish-samples";
    public const string SamplesOption = "--samples";

    public static LocalHostArguments Parse(string[] args)
    {
        var publishSamples = false;
        string? samples = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == PublishSamplesFlag)
            {
                publishSamples = true;
            }
            else if (args[i] == SamplesOption && i + 1 < args.Length)
            {
                publishSamples = true;
                samples = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return new LocalHostArguments(publishSamples, samples, [.. rest]);
    }
}
