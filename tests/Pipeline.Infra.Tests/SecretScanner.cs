using System.Text.RegularExpressions;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Finds credentials in text: storage keys and connection strings, SAS signatures, function keys in URLs,
/// private keys, real instrumentation keys. The storage emulator's published well-known key and obvious
/// placeholders (<c>{key}</c>, <c>&lt;key&gt;</c>, <c>${KEY}</c>) are not secrets.
/// </summary>
public static partial class SecretScanner
{
    /// <summary>Azurite's account key for devstoreaccount1, published in the emulator's documentation.</summary>
    private const string EmulatorAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly (string Rule, Regex Pattern)[] Rules =
    [
        ("storage account key", AccountKey()),
        ("shared access signature", SharedAccessSignature()),
        ("SAS signature parameter", SasSignature()),
        ("function key in a URL", FunctionKey()),
        ("private key", PrivateKey()),
        ("instrumentation key", InstrumentationKey()),
        ("raw storage key", RawStorageKey()),
    ];

    public static IReadOnlyList<string> Find(string text) =>
        Rules
            .SelectMany(rule => rule.Pattern.Matches(text).Select(match => (rule.Rule, Match: match)))
            .Where(found => !IsHarmless(found.Match.Groups["value"].Success ? found.Match.Groups["value"].Value : found.Match.Value))
            .Select(found => $"{found.Rule}: {Redact(found.Match.Value)}")
            .ToList();

    private static bool IsHarmless(string value) =>
        value.Length == 0
        || value == EmulatorAccountKey
        || "{<$%\"'`[(".Contains(value[0])
        || value.Trim('0', '-').Length == 0
        || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase);

    // Never echo a found secret into test output in full.
    private static string Redact(string match) => match.Length <= 16 ? match : match[..16] + "…";

    [GeneratedRegex(@"AccountKey=(?<value>[^;""'\s]*)")]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"SharedAccessSignature=(?<value>[^;""'\s]*)")]
    private static partial Regex SharedAccessSignature();

    [GeneratedRegex(@"[?&]sig=(?<value>[^&""'\s]{16,})")]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"[?&]code=(?<value>[^&""'\s]{20,})")]
    private static partial Regex FunctionKey();

    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"InstrumentationKey=(?<value>[0-9a-fA-F-]{36})")]
    private static partial Regex InstrumentationKey();

    // A storage key (64 bytes, base64) assigned to something called a key, secret or password; bare base64 of
    // that length is also what SHA-512 integrity hashes in lock files look like, so a label is required.
    [GeneratedRegex(@"(?i:key|secret|password)[""']?\s*[:=]\s*[""']?(?<value>[A-Za-z0-9+/]{86}==)")]
    private static partial Regex RawStorageKey();
}
