namespace Pipeline.Rendering.Templates;

/// <summary>
/// A compiled layout met a value it does not handle the way Scriban would (a global the model lacks, a member of a
/// .NET object, a loop over the loop limit): <see cref="TemplateSet"/> renders that page with the interpreter instead,
/// so a compiled layout never prints anything the interpreter would not.
/// </summary>
internal sealed class LayoutFallbackException(string reason) : Exception(reason);
