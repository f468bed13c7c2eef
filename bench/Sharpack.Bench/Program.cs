// Entry point of `sharpack-bench`, the harness for Sharpack's micro-benchmarks (see bench/README.md).
return Sharpack.Bench.BenchCommandLine.Run(args);
