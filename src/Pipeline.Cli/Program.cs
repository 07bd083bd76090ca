using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("pipeline: render, upload and inspect articles.");
root.Subcommands.Add(RenderCommand.Create());
return await root.Parse(args).InvokeAsync();
