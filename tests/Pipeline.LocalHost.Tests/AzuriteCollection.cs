using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>The local host tests share one real Azurite; each host process gets its own containers and tables.</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
