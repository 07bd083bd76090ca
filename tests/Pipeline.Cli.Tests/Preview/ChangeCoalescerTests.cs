using Microsoft.Extensions.Time.Testing;
using Pipeline.Cli.Preview;

namespace Pipeline.Cli.Tests.Preview;

/// <summary>Editors fire several file events per save; the preview must render once per save, after the burst.</summary>
public sealed class ChangeCoalescerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private readonly FakeTimeProvider _clock = new();
    private readonly List<IReadOnlyCollection<string>> _batches = [];

    [Fact]
    public void A_rename_save_and_a_double_write_become_one_batch_once_the_burst_is_over()
    {
        using var coalescer = new ChangeCoalescer(Quiet, _clock, _batches.Add);

        // vim: the old file renamed away, the new one created and written; VS Code: truncate + write.
        coalescer.Add("/d/post.md");
        coalescer.Add("/d/post.md");
        _clock.Advance(Quiet / 2);
        coalescer.Add("/d/post.md");
        coalescer.Add("/d/other.md");
        _clock.Advance(Quiet / 2);
        Assert.Empty(_batches);

        _clock.Advance(Quiet / 2);

        var batch = Assert.Single(_batches);
        Assert.Equal(["/d/other.md", "/d/post.md"], batch.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Saves_far_apart_are_separate_batches_and_a_quiet_folder_flushes_nothing()
    {
        using var coalescer = new ChangeCoalescer(Quiet, _clock, _batches.Add);

        coalescer.Add("/d/post.md");
        _clock.Advance(Quiet);
        coalescer.Add("/d/post.md");
        _clock.Advance(Quiet);
        _clock.Advance(Quiet * 10);

        Assert.Equal(2, _batches.Count);
        Assert.All(_batches, batch => Assert.Equal(["/d/post.md"], batch));
    }
}
