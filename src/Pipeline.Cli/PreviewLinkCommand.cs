using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;
using Pipeline.Web;
using Pipeline.Web.Previews;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline preview-link PATH [--expires 7.00:00:00]</c>: prints a signed link (<c>{BaseUrl}/preview/{token}</c>)
/// that shows the draft's current version to whoever has it, published or not, until it expires. It signs with the
/// site's preview key (<c>Pipeline__Web__PreviewKey</c>, the same setting the site reads) and talks to no storage.
/// </summary>
internal static class PreviewLinkCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The draft's name in the container, as 'pipeline status' lists it (e.g. posts/hello.md)." };
        var expires = new Option<TimeSpan>("--expires")
        {
            Description = "How long the link works (d.hh:mm:ss).",
            DefaultValueFactory = _ => PreviewTokens.DefaultLifetime,
        };
        var command = new Command("preview-link", "Print a signed, expiring link to a draft's current version, published or not") { path, expires };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(expires), CliServices.Configuration));
        return command;
    }

    private static int Run(string draftPath, TimeSpan lifetime, IConfiguration configuration)
    {
        var web = configuration.GetSection(PipelineWebOptions.Section).Get<PipelineWebOptions>() ?? new PipelineWebOptions();
        byte[]? key;
        try
        {
            key = SigningKeys.Read(web.PreviewKey, nameof(PipelineWebOptions.PreviewKey));
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        if (key is not { Length: >= 32 })
        {
            Console.Error.WriteLine($"error: set {PipelineNames.PreviewKeySetting} to the site's preview key (base64, at least 32 bytes)");
            return 2;
        }

        if (lifetime <= TimeSpan.Zero)
        {
            Console.Error.WriteLine("error: --expires must be positive");
            return 2;
        }

        var site = configuration.GetSection(RenderingOptions.Section).Get<RenderingOptions>()?.Site ?? new SiteOptions();
        var name = draftPath.Replace('\\', '/').TrimStart('/');
        name = name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;
        var token = new PreviewTokens(key, TimeProvider.System).Issue(name, lifetime);
        Console.WriteLine(new SiteUrls(site).Absolute(SitePaths.Preview(token)));
        return 0;
    }
}
