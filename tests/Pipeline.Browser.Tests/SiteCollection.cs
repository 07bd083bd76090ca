namespace Pipeline.Browser.Tests;

/// <summary>Every browser test shares one published site and one Chromium (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Site";
}
