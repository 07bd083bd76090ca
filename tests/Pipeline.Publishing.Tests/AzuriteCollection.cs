namespace Pipeline.Publishing.Tests;

/// <summary>All tests here share one Azurite and run one at a time (some stop it to simulate an outage).</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
