using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("pipeline: render, upload and follow drafts of the Pipeline publishing system");
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
return await root.Parse(args).InvokeAsync();
