// What loading a configuration file gives: one raw configuration per compiler (an array config
// is a multi-compiler build), or the error that stopped it.

using System.Text.Json.Nodes;

namespace Sharpack.Cli.Config;

/// <summary>The result of <see cref="ConfigLoader.Load"/>; disposing it ends the node process that calls the configuration's functions.</summary>
public sealed class ConfigLoadResult : IDisposable
{
    private ConfigLoadResult(string? path, IReadOnlyList<JsonNode?> configurations, string? error, NodeFunctionBridge? functions, bool multi = false)
    {
        Multi = multi || configurations.Count > 1;
        Path = path;
        Configurations = configurations;
        Error = error;
        Functions = functions;
    }

    /// <summary>
    /// Calls the JavaScript functions the configurations hold (their handles in
    /// <see cref="Configurations"/>); null when they hold none, and no node process runs.
    /// </summary>
    public NodeFunctionBridge? Functions { get; }

    /// <summary>The configuration file read, or null when none was given or found.</summary>
    public string? Path { get; }

    /// <summary>Whether the file gave an array of configurations (webpack's MultiCompiler, even for one: its stats have children).</summary>
    public bool Multi { get; }

    /// <summary>The raw configurations, one per build; a single null when there is no file.</summary>
    public IReadOnlyList<JsonNode?> Configurations { get; }

    /// <summary>Why loading failed (a complete message), or null.</summary>
    public string? Error { get; }

    /// <summary>True when the configurations were loaded.</summary>
    public bool Success => Error is null;

    internal static ConfigLoadResult Loaded(string? path, IReadOnlyList<JsonNode?> configurations, NodeFunctionBridge? functions = null, bool multi = false) =>
        new(path, configurations, null, functions, multi);

    internal static ConfigLoadResult Failed(string? path, string error) => new(path, [], error, null);

    /// <inheritdoc />
    public void Dispose() => Functions?.Dispose();
}
