// Placeholder entry point (foundation commit); issue 2 gives the CLI its commands.
return 0;
