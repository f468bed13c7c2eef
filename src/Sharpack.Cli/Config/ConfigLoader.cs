// Finds and reads the build configuration: `--config FILE`, or the first of
// sharpack.config.json, sharpack.config.{js,mjs,cjs}, webpack.config.{js,mjs,cjs} in the working
// directory. JSON is parsed here; JavaScript is evaluated by node with the embedded
// config-loader.js, which calls function configs with (env, argv), awaits promises and hands
// back plain JSON (RegExp as {"__regexp": …}), so the normalizer sees one shape for both. When
// the configuration holds functions, that node process stays and calls them for the build
// (NodeFunctionBridge); otherwise it exits as soon as the configuration is written.

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Cli.Config;

/// <summary>Locates and loads configuration files.</summary>
public static class ConfigLoader
{
    /// <summary>The file names looked for in the working directory, in order.</summary>
    public static readonly IReadOnlyList<string> DefaultFileNames =
    [
        "sharpack.config.json", "sharpack.config.js", "sharpack.config.mjs", "sharpack.config.cjs",
        "webpack.config.js", "webpack.config.mjs", "webpack.config.cjs",
    ];

    private static readonly JsonDocumentOptions s_jsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static string? s_script;

    /// <summary>The default configuration file in <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        foreach (var name in DefaultFileNames)
        {
            var path = System.IO.Path.Combine(directory, name);
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    /// <summary>
    /// Loads <paramref name="configPath"/> (relative to <paramref name="workingDirectory"/>), or the
    /// default file when it is null. <paramref name="env"/> holds the <c>--env</c> values
    /// (<c>key=value</c> or <c>key</c>) and <paramref name="mode"/> the <c>--mode</c> flag, both
    /// passed to a function config as webpack-cli passes them; <paramref name="overrides"/> holds
    /// the command line's context and output path (a <c>clean.keep</c> function is asked about the
    /// files in that output path).
    /// </summary>
    public static ConfigLoadResult Load(string? configPath, string workingDirectory, IReadOnlyList<string>? env = null, string? mode = null,
        Sharpack.Core.Options.OptionsOverrides? overrides = null)
    {
        string? path;
        if (configPath is not null)
        {
            path = System.IO.Path.GetFullPath(configPath, workingDirectory);
            if (!File.Exists(path))
                return ConfigLoadResult.Failed(path, $"config file '{configPath}' not found (looked for {path}).");
        }
        else
        {
            path = Find(workingDirectory);
            if (path is null)
                return ConfigLoadResult.Loaded(null, [null]);
        }
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? LoadJson(path)
            : LoadJavaScript(path, workingDirectory, env ?? [], mode, overrides);
    }

    private static ConfigLoadResult LoadJson(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: s_jsonOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            return ConfigLoadResult.Failed(path, $"cannot parse {path}{where}: {e.Message}");
        }
        catch (IOException e)
        {
            return ConfigLoadResult.Failed(path, $"cannot read {path}: {e.Message}");
        }
        if (root is JsonArray array)
        {
            var list = new List<JsonNode?>(array.Count);
            foreach (var item in array)
                list.Add(item?.DeepClone());
            return list.Count == 0
                ? ConfigLoadResult.Failed(path, $"{path} holds an empty array; it should hold a configuration object or an array of them.")
                : ConfigLoadResult.Loaded(path, list, multi: true);
        }
        return ConfigLoadResult.Loaded(path, [root]);
    }

    private static ConfigLoadResult LoadJavaScript(string path, string workingDirectory, IReadOnlyList<string> env, string? mode,
        Sharpack.Core.Options.OptionsOverrides? overrides)
    {
        var overridesJson = new JsonObject();
        if (overrides?.Context is { } context)
            overridesJson["context"] = System.IO.Path.GetFullPath(context, workingDirectory);
        if (overrides?.OutputPath is { } outputPath)
            overridesJson["outputPath"] = System.IO.Path.GetFullPath(outputPath, workingDirectory);
        var resultFile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sharpack-config-{Guid.NewGuid():N}.json");
        var argv = new JsonObject();
        if (mode is not null)
            argv["mode"] = mode;
        argv["config"] = new JsonArray(path);
        var envList = new JsonArray();
        foreach (var item in env)
            envList.Add((JsonNode?)item);

        var start = NodeStartInfo(workingDirectory, Script());
        start.StandardOutputEncoding = Encoding.UTF8;
        start.ArgumentList.Add(resultFile);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(envList.ToJsonString());
        start.ArgumentList.Add(argv.ToJsonString());
        start.ArgumentList.Add(overridesJson.ToJsonString());
        Process? process = null;
        var keep = false;
        try
        {
            process = Process.Start(start)!;
            // What the config prints (node moves its stdout to stderr: stdout carries the bridge's
            // protocol) is collected while it loads, then passed on, not mistaken for data.
            var log = new StderrForwarder(process.StandardError);
            // node says "ready" when the configuration holds functions and it stays to call them;
            // otherwise it exits, and a configuration without functions costs nothing more.
            var ready = process.StandardOutput.ReadLine() == "ready";
            if (!ready)
                process.WaitForExit();
            if ((!ready && process.ExitCode != 0) || !File.Exists(resultFile))
            {
                if (ready)
                    process.Kill(entireProcessTree: true);
                process.WaitForExit();
                var message = log.Finish().TrimEnd();
                return ConfigLoadResult.Failed(path, $"cannot load {path}:\n{(message.Length > 0 ? message : $"node exited with code {process.ExitCode}")}");
            }
            if (!ready)
                log.Finish();
            log.ForwardTo(Console.Error);
            var result = JsonNode.Parse(File.ReadAllText(resultFile))!;
            var list = new List<JsonNode?>();
            foreach (var item in result["configs"]!.AsArray())
                list.Add(item?.DeepClone());
            if (list.Count == 0)
                return ConfigLoadResult.Failed(path, $"{path} exports an empty array; it should export a configuration object or an array of them.");
            keep = ready;
            return ConfigLoadResult.Loaded(path, list, ready ? new NodeFunctionBridge(process) : null, result["multi"]?.GetValue<bool>() == true);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return ConfigLoadResult.Failed(path, $"cannot load {path}: JavaScript configuration files need node on PATH (or SHARPACK_NODE): {e.Message}");
        }
        finally
        {
            File.Delete(resultFile);
            if (!keep && process is not null)
            {
                if (!process.HasExited)
                {
                    process.StandardInput.Close();
                    if (!process.WaitForExit(2000))
                        process.Kill(entireProcessTree: true);
                }
                process.Dispose();
            }
        }
    }

    // The loader is run as one script: webpack-sources' classes and the API classes
    // (webpack-sources.cjs and sharpack-api.cjs, also loadable on their own), the JavaScript loader
    // host (loader-host.js, used once a module needs a JavaScript loader), the JavaScript plugin
    // host (plugin-host.js), then the loader that serializes the configuration.
    private static string Script()
    {
        if (s_script is not null)
            return s_script;
        return s_script = Resource("Sharpack.Cli.Config.webpack-sources.cjs") + "\n" + Resource("Sharpack.Cli.Config.sharpack-api.cjs") + "\n"
            + Resource("Sharpack.Cli.Loaders.loader-host.js") + "\n" + Resource("Sharpack.Cli.Config.plugin-host.js") + "\n"
            + Resource("Sharpack.Cli.Config.config-loader.js");
    }


    /// <summary>
    /// node (or SHARPACK_NODE) running <paramref name="script"/> with <c>-e</c> in
    /// <paramref name="workingDirectory"/>, its standard streams redirected (stderr as UTF-8); the
    /// caller adds the script's arguments.
    /// </summary>
    internal static ProcessStartInfo NodeStartInfo(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("SHARPACK_NODE") ?? "node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(ScriptLoader(script));
        return start;
    }

    // Linux takes no single argument over 128 KiB, and the host script is larger: `-e` gets a line
    // that evaluates it from a file (written once per content, in the temporary folder), so it runs
    // as `-e` code still (require from the working directory).
    private static string ScriptLoader(string script)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(script)))[..16];
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sharpack-host-{hash}.js");
        if (!File.Exists(file))
        {
            var temporary = file + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, script);
            File.Move(temporary, file, overwrite: true);
        }
        return "eval(require(\"fs\").readFileSync(" + Sharpack.Core.CodeGeneration.CodeGenerationContext.JsonString(file) + ", \"utf8\"));";
    }

    internal static string Resource(string name)
    {
        using var stream = typeof(ConfigLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in sharpack");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
