using System.CommandLine;
using Pipeline.Cli;
using Pipeline.Cli.Commands;

// Composition only: each command lives in its own file and is added here.
var root = new RootCommand("pipeline: render, upload and follow drafts of the Pipeline publishing system");
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
return await root.Parse(args).InvokeAsync();
