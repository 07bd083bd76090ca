using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>The end-to-end tests share one Azurite and run one at a time (one of them stops it).</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
