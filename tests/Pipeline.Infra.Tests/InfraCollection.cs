namespace Pipeline.Infra.Tests;

/// <summary>Test classes that share one compilation of the Bicep files.</summary>
[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "compiled infra";
}
