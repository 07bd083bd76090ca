using Pipeline.Bench.E2e;
using Pipeline.Bench.E2e.Assets;

// bench/e2e.sh runs `publish` (or `pathological` with --pathological), bench/listing.sh runs `listing`,
// bench/cold-start.sh runs `coldstart`, bench/asset-memory.sh `asset-memory`, bench/asset-publish.sh `asset-publish`;
// all print Markdown tables or plain lines.
var arguments = new BenchArguments(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return arguments.Mode switch
{
    "publish" => await PublishScenario.RunAsync(arguments, cancel.Token),
    "listing" => await ListingScenario.RunAsync(arguments, cancel.Token),
    "coldstart" => await ColdStartScenario.RunAsync(arguments, cancel.Token),
    "pathological" => await PathologicalScenario.RunAsync(arguments, cancel.Token),
    "asset-memory" => await AssetMemoryScenario.RunAsync(arguments, cancel.Token),
    "asset-publish" => await AssetPublishScenario.RunAsync(arguments, cancel.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Pipeline.Bench.E2e publish|listing|pathological|asset-memory|asset-publish --host-dll PATH [--corpus DIR --big-draft FILE --drafts 1000 --latency 50 --in-flight 16]");
    Console.Error.WriteLine("                                            [--articles 10000 --duration 10 --connections 32] [--repeat 5]");
    Console.Error.WriteLine("       Pipeline.Bench.E2e coldstart --app-dir PUBLISHED_FUNCTIONS_APP [--runs 5]");
    return 2;
}
