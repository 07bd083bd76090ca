namespace Pipeline.Rendering.Mathematics;

/// <summary>TeX → MathML for one formula. Implementations are thread-safe and never throw for bad TeX.</summary>
public interface ITexTypesetter
{
    TexResult Typeset(string tex, bool display);
}
