namespace Pipeline.Emulator;

/// <summary>
/// The emulator's well-known account. Its key is published by Microsoft for every emulator
/// (it is not a secret). Connection strings name each endpoint explicitly because
/// <c>UseDevelopmentStorage=true</c> means ports 10000–10002, which another emulator may hold.
/// </summary>
public static class DevelopmentStorageAccount
{
    public const string Name = "devstoreaccount1";

    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string ConnectionString(string host, int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={Name};AccountKey={Key};" +
        $"BlobEndpoint=http://{host}:{blobPort}/{Name};" +
        $"QueueEndpoint=http://{host}:{queuePort}/{Name};" +
        $"TableEndpoint=http://{host}:{tablePort}/{Name};";
}
