#!/usr/bin/env python3
"""Buckets a dotnet-trace sampled-thread-time profile (converted to Speedscope JSON) into the stages of a batch
render: every sample of every thread goes to the category of the innermost frame that matches one, so a lock wait
inside highlighting counts as a lock wait, and a Scriban call inside the layout as the layout. Samples in blocking
waits (an idle thread-pool worker, the main thread waiting for Parallel.ForEach) are reported apart: they are
wall time of a thread, not CPU. usage: profile_buckets.py FILE.speedscope.json"""
import collections
import json
import sys

# (category, substrings of a frame name); the first category whose substring occurs in a frame names it.
CATEGORIES = [
    ("blocked (no CPU)", ["WaitHandle.WaitOne", "LowLevelLifoSemaphore.WaitNative", "Monitor.Wait(", "Thread.Sleep",
                          "Task.SpinThenBlockingWait", "Task.InternalWait"]),
    ("thread-pool spin-wait", ["LowLevelSpinWaiter.Wait"]),
    ("GC: threads stopped / allocation slow path", ["PollGC", "GC.<AllocateUninitializedArray>", "GC.AllocateNewArray",
                                                    "RuntimeHelpers.AllocateUninitializedClone"]),
    ("lock contention", ["Monitor.Enter_Slowpath", "Monitor.Exit_Slowpath", "Monitor.ReliableEnter"]),
    ("type init (static constructors)", ["InitClassSlow", ".cctor()", "GetGCStaticBase", "GetGCThreadStaticsByIndexSlow"]),
    ("read", ["File.ReadAllBytes", "DraftFiles.Find", "FolderAssets"]),
    ("write", ["BatchRenderer.Write("]),
    ("decode (encoding, NFC, SHA-256)", ["Pipeline.Rendering.Drafts.DraftDecoder"]),
    ("front matter", ["Pipeline.Rendering.FrontMatter."]),
    ("complexity check", ["MarkdownComplexity"]),
    ("math (Temml in V8)", ["Pipeline.Rendering.Mathematics", "ClearScript"]),
    ("highlight (TextMateSharp, Oniguruma)", ["Pipeline.Rendering.Highlighting", "TextMateSharp", "Onigwrap"]),
    ("Markdown parse", ["Markdig.Markdown.Parse", "MarkdownParser.Parse"]),
    ("analysis + metadata", ["DocumentAnalyzer", "ArticleMetadataFactory", "Pipeline.Rendering.Text."]),
    ("HTML render + sanitise", ["Markdig.Markdown.ToHtml", "ScriptSchemeText", "RawHtmlSanitizer", "Ganss.Xss", "AngleSharp"]),
    ("layout (JSON-LD, Scriban)", ["Pipeline.Rendering.Templates", "ArticlePageModel", "Scriban"]),
    ("start-up: host, DI, options, templates", ["CliServices", "ArticleRenderer..ctor", "RendererFingerprint",
                                                "System.CommandLine", "Program.<Main>", "Microsoft.Extensions."]),
]
PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}


def category(stack, names):
    for index in reversed(stack):
        name = names[index]
        for label, needles in CATEGORIES:
            if any(needle in name for needle in needles):
                return label
    return "other (render, uncategorised)" if any("ArticleRenderer" in names[i] for i in stack) else "other (outside the render)"


def main():
    data = json.load(open(sys.argv[1]))
    names = [frame["name"] for frame in data["shared"]["frames"]]
    totals = collections.Counter()
    native = collections.Counter()
    per_thread = collections.Counter()
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            if last is not None and stack:
                elapsed = event["at"] - last
                managed = [i for i in stack if names[i] not in PSEUDO]
                label = category(managed, names)
                totals[label] += elapsed
                per_thread[profile["name"]] += elapsed
                if names[stack[-1]] == "UNMANAGED_CODE_TIME":
                    native[label] += elapsed
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                stack.pop()
    blocked = totals["blocked (no CPU)"]
    running = sum(totals.values()) - blocked
    print(f"thread time sampled: {sum(totals.values()) / 1000:.2f} s over {len(per_thread)} threads; "
          f"blocked {blocked / 1000:.2f} s; running or runnable {running / 1000:.2f} s")
    print("| where | share of running thread time | of which in native code | thread time |")
    print("| --- | ---: | ---: | ---: |")
    for label, value in totals.most_common():
        if label == "blocked (no CPU)":
            continue
        print(f"| {label} | {100 * value / running:.1f}% | {100 * native[label] / running:.1f}% | {value / 1000:.2f} s |")


if __name__ == "__main__":
    main()
