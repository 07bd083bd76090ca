using Pipeline.TestSupport;

namespace Pipeline.Web.Tests.Support;

/// <summary>The HTTP tests share one real Azurite; each test uses its own containers and tables.</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
