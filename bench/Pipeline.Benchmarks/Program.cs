using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*'` (bench/render-one.sh does this).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
