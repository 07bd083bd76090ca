using System.CommandLine;
using Pipeline.Cli;

// Composition only: each command lives in its own file (RenderCommand.cs, …) and is added here.
ProcessReport.MarkMain();
var root = new RootCommand("pipeline: preview, render, upload and follow article drafts");
root.Subcommands.Add(PreviewCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(DeleteCommand.Create());
root.Subcommands.Add(PreviewLinkCommand.Create());
var exitCode = await root.Parse(args).InvokeAsync();
ProcessReport.Write(Console.Error);
return exitCode;
