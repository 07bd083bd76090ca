namespace Pipeline.Rendering.Mathematics;

/// <summary>A formula in the syntax tree, typeset once after parsing (<see cref="MathTypesetting"/>).</summary>
public interface ITexNode
{
    string TexToTypeset { get; }

    bool Display { get; }

    int Line { get; }

    TexResult? Result { get; set; }
}
