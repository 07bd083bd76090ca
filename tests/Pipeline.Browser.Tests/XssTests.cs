namespace Pipeline.Browser.Tests;

/// <summary>
/// Every XSS vector, published through the pipeline (blob → trigger → renderer → page), opened in Chromium:
/// no dialog, no script ran (the <c>window.__xss</c> marker every payload sets stays unset), no request left
/// the site, and no event-handler attribute or script URL is left in the DOM.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class XssTests(SiteFixture site, ChromiumFixture chromium)
{
    private const string DomCheck = """
        () => {
          const bad = [];
          for (const e of document.querySelectorAll('*')) {
            for (const a of e.attributes) {
              if (a.name.startsWith('on')) bad.push(e.tagName + ' ' + a.name);
              if (/^\s*(javascript|vbscript|data:text)/i.test(a.value) && /^(href|src|action|formaction|data|background)$/i.test(a.name)) bad.push(e.tagName + ' ' + a.name + '=' + a.value);
            }
          }
          for (const s of document.querySelectorAll('script')) {
            if (s.type !== 'application/ld+json') bad.push('script ' + s.outerHTML.slice(0, 80));
          }
          for (const t of document.querySelectorAll('iframe, object, embed, base, form, meta[http-equiv]')) bad.push(t.outerHTML.slice(0, 80));
          return bad;
        }
        """;

    [Fact]
    public void The_corpus_has_at_least_40_vectors_and_every_one_was_published()
    {
        Assert.True(site.Corpus.Vectors.Count >= 40);
        var xss = site.Drafts.Where(d => d.Path.StartsWith("xss/", StringComparison.Ordinal)).ToList();
        Assert.Equal(site.Corpus.Vectors.Count, xss.Count);
        Assert.All(xss, d => Assert.True(d.State == "published", $"{d.Path}: {d.State} {d.Error?.Message}"));
    }

    [Fact]
    public async Task No_vector_runs_script_opens_a_dialog_or_reaches_a_foreign_host_on_its_article_page()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        var findings = new List<string>();
        for (var i = 0; i < site.Corpus.Vectors.Count; i++)
        {
            var url = site.Absolute("/articles/" + DraftCorpus.XssSlug(i));
            Assert.Equal(200, await probe.GotoAsync(url));
            await HoverEverythingAsync(probe);
            findings.AddRange(await FindingsAsync(probe, url));
        }

        Assert.Empty(findings);
        Assert.Empty(probe.Dialogs);
        Assert.Empty(probe.ForeignRequests);
    }

    [Fact]
    public async Task No_vector_runs_script_from_the_listings_or_feeds_links()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 375);
        var findings = new List<string>();
        var walk = await ListingWalk.FollowAsync(probe, site.Absolute("/tags/" + DraftCorpus.XssTag));
        Assert.Equal(site.Corpus.Vectors.Count, walk.ArticlePaths.Count);
        foreach (var listing in new[] { "/", "/tags/" + DraftCorpus.XssTag })
        {
            var url = site.Absolute(listing);
            await probe.GotoAsync(url);
            findings.AddRange(await FindingsAsync(probe, url));
        }

        Assert.Empty(findings);
        Assert.Empty(probe.Dialogs);
        Assert.Empty(probe.ForeignRequests);
        Assert.Empty(probe.ConsoleErrors);
    }

    [Fact]
    public async Task The_probe_notices_a_vector_that_works()
    {
        // Unsanitised HTML straight into the page: what the checks above must be able to see.
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        await probe.GotoAsync(site.Absolute("/robots.txt"));
        await probe.Page.SetContentAsync(
            "<main><img src=x onerror=\"window.__xss=1\"><img src=\"http://evil.example/p.png\"><a href=\"javascript:alert(1)\">x</a></main><script>alert(1)</script>");

        var findings = await FindingsAsync(probe, site.Absolute("/"));

        Assert.Contains(findings, f => f.EndsWith("window.__xss was set", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("IMG onerror", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("A href=javascript:", StringComparison.Ordinal));
        Assert.NotEmpty(probe.Dialogs);
        Assert.Contains("http://evil.example/p.png", probe.ForeignRequests);
    }

    private static async Task<IEnumerable<string>> FindingsAsync(PageProbe probe, Uri url)
    {
        var marker = await probe.Page.EvaluateAsync<bool>("() => window.__xss !== undefined");
        var dom = await probe.Page.EvaluateAsync<string[]>(DomCheck);
        return dom.Select(d => $"{url}: {d}").Concat(marker ? [$"{url}: window.__xss was set"] : []);
    }

    /// <summary>Vectors such as <c>onmouseover</c> need a pointer: move it over every element that could carry one.</summary>
    private static Task HoverEverythingAsync(PageProbe probe) =>
        probe.Page.EvaluateAsync("""
            () => { for (const e of document.querySelectorAll('main *')) {
              for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle']) e.dispatchEvent(new Event(type)); } }
            """);
}
