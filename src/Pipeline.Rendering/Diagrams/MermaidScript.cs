using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Highlighting;

namespace Pipeline.Rendering.Diagrams;

/// <summary>
/// The one script a page may run: mermaid (vendored in <c>third_party/mermaid</c>, served by the site itself at
/// <see cref="SitePaths.MermaidScript"/>), which turns each <c>```mermaid</c> block into an SVG diagram in the browser.
/// Only pages with a diagram (<see cref="ArticleMetadata.HasDiagrams"/>) load it, and their Content-Security-Policy
/// allows exactly this file by <see cref="Integrity"/>; without script the block stays readable as its source.
/// Mermaid needs a DOM with text layout to place boxes, which the server-side V8 (Temml's engine) does not have.
/// </summary>
public static class MermaidScript
{
    /// <summary>The npm package version vendored; part of the URL, so a new version is a new, immutable file.</summary>
    public const string Version = "12.3.0";

    /// <summary>The file's name in <c>third_party/mermaid</c> and on the site.</summary>
    public const string FileName = "mermaid-" + Version + ".min.js";

    /// <summary>
    /// Subresource-integrity hash (SHA-384, base64) of the vendored file: the <c>integrity</c> attribute of the page's
    /// script element and, quoted, the CSP <c>script-src</c> source that allows it. A test checks it against the file.
    /// </summary>
    public const string Integrity = "sha384-HHW54r639fK42Ip0coGF3mz8oSiGn0eEoWNTLs75X7H63pLSDBa0Tqs0RwGmLlXE";

    /// <summary>The fence language that makes a diagram (<c>```mermaid</c>, and Zenn's <c>```mermaid:name</c>).</summary>
    public const string Language = "mermaid";

    public static bool IsDiagram(CodeInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return info.Language == Language && !info.IsDiff;
    }
}
