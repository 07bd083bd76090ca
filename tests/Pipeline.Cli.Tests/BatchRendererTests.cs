using System.Text;
using Pipeline.Cli.Batch;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Tests;

public sealed class BatchRendererTests : IDisposable
{
    private readonly TempFolder _drafts = new();
    private readonly TempFolder _output = new();
    private readonly BatchRenderer _batch = new(new ScriptedRenderer());

    public void Dispose()
    {
        _drafts.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void Writes_each_draft_to_its_slug_folder_as_utf8_without_bom()
    {
        _drafts.Write("a.md", "slug: 東京\n日本語の本文");
        _drafts.Write("b.md", "slug: second\nbody");

        var report = Run(_output.Path);

        Assert.Equal(2, report.Rendered);
        Assert.Empty(report.Failures);
        var bytes = File.ReadAllBytes(Path.Combine(_output.Path, "東京", "index.html"));
        Assert.Equal("<page>slug: 東京\n日本語の本文</page>", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.True(File.Exists(Path.Combine(_output.Path, "second", "index.html")));
    }

    [Fact]
    public void Dry_run_renders_everything_and_writes_nothing()
    {
        _drafts.Write("a.md", "slug: a");
        _drafts.Write("b.md", "slug: b");

        var report = Run(outputDirectory: null);

        Assert.Equal(2, report.Rendered);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_output.Path));
    }

    [Fact]
    public void A_failing_draft_is_reported_and_the_others_are_still_written()
    {
        _drafts.Write("good.md", "slug: good");
        _drafts.Write("news/bad.md", "fail: title is missing");

        var report = Run(_output.Path);

        Assert.Equal(1, report.Rendered);
        var failure = Assert.Single(report.Failures);
        Assert.Equal("news/bad.md", failure.Path);
        Assert.Equal("title is missing", failure.Message);
        Assert.True(File.Exists(Path.Combine(_output.Path, "good", "index.html")));
    }

    [Fact]
    public void A_draft_that_crashes_the_renderer_is_a_one_line_failure_not_an_abort()
    {
        _drafts.Write("good.md", "slug: good");
        _drafts.Write("hostile.md", "crash: index out of range");

        var report = Run(_output.Path);

        Assert.Equal(1, report.Rendered);
        var failure = Assert.Single(report.Failures);
        Assert.Equal("hostile.md", failure.Path);
        Assert.StartsWith("could not be rendered (InvalidOperationException): index out of range", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Two_drafts_with_one_slug_write_one_page_and_report_the_other()
    {
        _drafts.Write("one.md", "slug: same\nfirst");
        _drafts.Write("two.md", "slug: same\nsecond");

        var report = Run(_output.Path);

        Assert.Equal(1, report.Rendered);
        var failure = Assert.Single(report.Failures);
        Assert.Contains("'same' is already used by", failure.Message);
        var written = File.ReadAllText(Path.Combine(_output.Path, "same", "index.html"));
        var winner = failure.Path == "one.md" ? "second" : "first";
        Assert.Contains(winner, written);
    }

    [Fact]
    public void Files_the_renderer_does_not_handle_are_skipped_not_failed()
    {
        _drafts.Write("photo.png", "unsupported");
        _drafts.Write("post.md", "slug: post");

        var report = Run(_output.Path);

        Assert.Equal((1, 1, 0, 2), (report.Rendered, report.Skipped, report.Failures.Count, report.Total));
    }

    [Fact]
    public void A_slug_that_leaves_the_output_folder_is_a_failure_and_writes_nothing_outside()
    {
        _drafts.Write("evil.md", "slug: ../escaped");

        var report = Run(_output.Path);

        Assert.Single(report.Failures);
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(_output.Path)!, "escaped")));
    }

    [Fact]
    public void Progress_callback_runs_once_per_draft_including_failures()
    {
        for (var i = 0; i < 40; i++)
        {
            _drafts.Write($"p{i:00}.md", i % 10 == 0 ? "fail: broken" : $"slug: p{i}");
        }

        var calls = 0;
        var report = _batch.Run(DraftFiles.Find([_drafts.Path]), new BatchRenderOptions(_output.Path) { MaxParallelism = 4 }, () => Interlocked.Increment(ref calls));

        Assert.Equal(40, calls);
        Assert.Equal((36, 4), (report.Rendered, report.Failures.Count));
        Assert.Equal(report.Failures.Select(f => f.Path).Order(StringComparer.Ordinal), report.Failures.Select(f => f.Path));
    }

    [Fact]
    public void Every_draft_is_rendered_exactly_once_across_the_render_threads()
    {
        for (var i = 0; i < 200; i++)
        {
            _drafts.Write($"p{i:000}.md", $"slug: p{i}");
        }

        var report = _batch.Run(DraftFiles.Find([_drafts.Path]), new BatchRenderOptions(_output.Path) { MaxParallelism = 3 });

        Assert.Equal((200, 0), (report.Rendered, report.Failures.Count));
        Assert.Equal(200, Directory.GetDirectories(_output.Path).Length);
    }

    [Fact]
    public void An_empty_folder_renders_nothing_on_any_number_of_threads()
    {
        var report = _batch.Run([], new BatchRenderOptions(_output.Path) { MaxParallelism = 4 });

        Assert.Equal((0, 0, 0), (report.Rendered, report.Skipped, report.Failures.Count));
    }

    [Fact]
    public void Cancelling_stops_the_batch_with_the_cancellation_and_renders_no_further_draft()
    {
        for (var i = 0; i < 200; i++)
        {
            _drafts.Write($"p{i:000}.md", $"slug: p{i}");
        }

        using var cancel = new CancellationTokenSource();
        var calls = 0;
        var callsWhenCancelled = -1;
        void Progress()
        {
            if (Interlocked.Increment(ref calls) == 5)
            {
                cancel.Cancel();
                Volatile.Write(ref callsWhenCancelled, Volatile.Read(ref calls));
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(() => _batch.Run(DraftFiles.Find([_drafts.Path]), new BatchRenderOptions(_output.Path) { MaxParallelism = 2 }, Progress, cancel.Token));
        // The other thread may finish drafts while this one is between its count and Cancel() (CI once saw 7), so
        // the bound is taken when Cancel() has returned: from then on only the draft the other thread already had in
        // hand may finish, and no draft starts.
        Assert.InRange(callsWhenCancelled, 5, 200);
        Assert.InRange(calls, callsWhenCancelled, callsWhenCancelled + 1);
        Assert.True(calls < 200, "the batch stopped before the last draft");
    }

    private BatchRenderReport Run(string? outputDirectory) => _batch.Run(DraftFiles.Find([_drafts.Path]), new BatchRenderOptions(outputDirectory));
}
