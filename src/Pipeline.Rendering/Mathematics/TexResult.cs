namespace Pipeline.Rendering.Mathematics;

/// <summary>One formula typeset: the MathML to insert, or why it could not be (then <see cref="MathMl"/> is null).</summary>
public sealed record TexResult(string? MathMl, string? Error)
{
    public static TexResult Ok(string mathMl) => new(mathMl, null);

    public static TexResult Failed(string error) => new(null, error);
}
