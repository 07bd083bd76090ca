using System.CommandLine;
using Pipeline.Cli;

// Composition only: each command lives in its own file (RenderCommand.cs, …) and is added here.
var root = new RootCommand("pipeline: render and publish article drafts");
root.Subcommands.Add(RenderCommand.Create());
return root.Parse(args).Invoke();
