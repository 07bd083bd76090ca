namespace Pipeline.Infra.Tests;

/// <summary>The scanner itself: it must catch real-looking credentials (built at run time, so none is committed).</summary>
public sealed class SecretScannerTests
{
    private static readonly string FakeKey = new string('k', 40) + new string('Q', 46) + "==";

    public static TheoryData<string> Leaks() =>
    [
        "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=" + FakeKey + ";EndpointSuffix=core.windows.net",
        "BlobEndpoint=https://prod.blob.core.windows.net/;SharedAccess" + "Signature=" + new string('s', 30),
        "https://prod.blob.core.windows.net/drafts?sv=2022-11-02&" + "sig=" + new string('Z', 43) + "%3D",
        "https://func-x.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.PublishDraft&" + "code=" + new string('c', 54) + "==",
        "-----BEGIN RSA " + "PRIVATE KEY-----",
        "InstrumentationKey=" + Guid.NewGuid() + ";IngestionEndpoint=https://x.in.applicationinsights.azure.com/",
        "key: " + FakeKey,
    ];

    public static TheoryData<string> Harmless() =>
    [
        "AccountKey={accountKey}",
        "AccountKey=<storage-key>",
        "AccountKey=${STORAGE_KEY}",
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        "code=<blobs_extension key>",
        "InstrumentationKey=00000000-0000-0000-0000-000000000000",
        "AzureWebJobsStorage__credential=managedidentity",
        "\"integrity\": \"sha512-" + new string('h', 86) + "==\"",
        "\"contentHash\": \"" + new string('h', 86) + "==\"",
    ];

    [Theory]
    [MemberData(nameof(Leaks))]
    public void Finds_a_credential(string text) => Assert.NotEmpty(SecretScanner.Find(text));

    [Theory]
    [MemberData(nameof(Harmless))]
    public void Ignores_placeholders_and_the_emulator_key(string text) => Assert.Empty(SecretScanner.Find(text));
}
