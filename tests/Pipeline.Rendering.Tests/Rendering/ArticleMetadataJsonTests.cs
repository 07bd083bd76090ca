using System.Text.Json.Serialization.Metadata;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>The metadata JSON is written by source-generated code for a view that carries every metadata field.</summary>
public sealed class ArticleMetadataJsonTests
{
    [Fact]
    public void The_view_carries_every_metadata_field()
    {
        var metadata = typeof(ArticleMetadata).GetProperties().Select(p => (p.Name, p.PropertyType)).Order().ToList();
        var view = typeof(ArticleMetadataView).GetProperties().Select(p => (p.Name, p.PropertyType)).Order().ToList();
        Assert.Equal(metadata, view);
    }

    [Fact]
    public void The_view_is_served_by_the_generated_context_not_by_reflection()
    {
        var info = ArticleMetadataJson.Options.GetTypeInfo(typeof(ArticleMetadataView));
        Assert.Same(ArticleMetadataJsonContext.Default, info.OriginatingResolver);
        Assert.IsNotType<DefaultJsonTypeInfoResolver>(info.OriginatingResolver);
    }
}
