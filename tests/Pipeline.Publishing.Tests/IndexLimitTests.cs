using System.Text;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// Front matter the index cannot store ends as a readable <see cref="DraftState.Failed"/> row, not as a storage fault
/// that is retried and poisoned (issue 15, defect 3); the last good page stays live and the message quotes a prefix only.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class IndexLimitTests(AzuriteFixture azurite)
{
    private const int Huge = 33_000;

    public static TheoryData<string, string, DraftErrorKind, string> Oversized => new()
    {
        { "title", Draft(new string('t', Huge), slug: "a"), DraftErrorKind.FieldTooLarge, "the title is 33,000 characters long" },
        { "summary", Draft("Good version", slug: "a", extra: "summary: " + new string('s', Huge)), DraftErrorKind.FieldTooLarge, "33,000 characters long" },
        { "tag", Draft("Good version", slug: "a", extra: "tags: [" + new string('g', Huge) + "]"), DraftErrorKind.FieldTooLarge, "a tag is 33,000 characters long" },
        { "slug", Draft("Good version", slug: new string('s', Huge)), DraftErrorKind.InvalidSlug, "slug 'ssss" },
        { "nested unknown field", Draft("Good version", slug: "a", extra: "deep: " + new string('[', 70) + "1" + new string(']', 70)), DraftErrorKind.TooComplex, "nest more than" },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task Front_matter_too_large_for_the_index_fails_permanently_with_a_short_readable_reason(
        string field, string content, DraftErrorKind kind, string expected)
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("Good version", slug: "a"));
        await h.UploadAsync("a.md", content);

        var result = await h.Publisher.PublishAsync("a.md");

        Assert.True(result.Outcome == PublishOutcome.Failed, $"{field}: {result.Outcome}");
        var status = await h.Statuses.GetAsync("a.md");
        Assert.Equal((DraftState.Failed, kind), (status!.State, status.ErrorKind));
        Assert.Contains(expected, status.Message, StringComparison.Ordinal);
        Assert.True(status.Message!.Length < 400, $"{field}: the message is {status.Message.Length} characters");
        Assert.Equal("a", status.LiveSlug);
        Assert.Contains("Good version", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Equal(0, (await h.Reconciler.ReconcileAsync()).Failed); // a known permanent failure: not retried
    }

    [Fact]
    public async Task An_error_message_is_always_short_enough_for_its_status_row()
    {
        await using var h = await StartAsync(azurite);
        var key = new string('k', Huge);

        var result = await h.UploadAndPublishAsync("a.md", "---\ntitle: x\n" + key + ": [unclosed\n---\nbody");

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        var status = await h.Statuses.GetAsync("a.md");
        Assert.Equal(DraftErrorKind.FrontMatter, status!.ErrorKind);
        Assert.True(Encoding.UTF8.GetByteCount(status.Message!) <= 4 * DraftStatus.MaxMessageLength);
    }
}
