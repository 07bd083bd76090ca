using System.Diagnostics;
using System.Text.Json;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Validation;

/// <summary>
/// The W3C Nu HTML Checker (npm <c>vnu-jar</c>, pinned in package.json, installed by <c>npm ci</c>) run by the
/// machine's Java on a set of files in one JVM start: <c>java -jar vnu.jar --format json --errors-only FILES…</c>.
/// </summary>
internal static class NuHtmlChecker
{
    public static string JarPath => Path.Combine(TestDrafts.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error, as "file:line: message".</summary>
    public static IReadOnlyList<string> Errors(IReadOnlyList<string> files)
    {
        Assert.True(File.Exists(JarPath), $"{JarPath} is missing: run npm ci (package.json pins vnu-jar)");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", JarPath, "--format", "json", "--errors-only" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start (Java 17+ must be on PATH)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var json = stderr.Result.Trim().Length > 0 ? stderr.Result : stdout.Result;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(message => message.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(message => $"{Path.GetFileName(Text(message, "url"))}:{(message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {Text(message, "message")}")
            .ToList();
    }

    private static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
}
