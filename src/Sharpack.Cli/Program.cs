// Entry point of the `sharpack` command.
return Sharpack.Cli.CommandLine.Run(args);
