namespace Pipeline.Rendering.Assets;

/// <summary>One resized copy of a resolved image: URL, width in pixels, and content type (image/webp or the source's).</summary>
public sealed record ResolvedVariant(string Url, int Width, string ContentType);
