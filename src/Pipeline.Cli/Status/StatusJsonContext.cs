using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Publishing.Api;

namespace Pipeline.Cli.Status;

/// <summary>
/// The API answers <c>pipeline status</c> reads, deserialised by generated code: the native CLI
/// (<c>-p:PublishAot=true</c>) has no reflection-based serialisation of these records' constructors.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DraftListView))]
[JsonSerializable(typeof(AssetListView))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
