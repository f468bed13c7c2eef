// Follows webpack lib/ContextModule.js: the module for a directory of possible modules. It
// lists the files that match the context's pattern, depends on each, and exports a function
// that maps a request ("./a.js", or "./a" without the extension) to the module: synchronously
// (require) or as a promise of its namespace (import()).

using System.Text;
using System.Text.RegularExpressions;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript.Context;

/// <summary>A context module.</summary>
public sealed class ContextModule(string directory, ContextOptions options)
    : Module(directory + "|" + options.Mode + (options.Recursive ? "|recursive|" : "|") + options.PatternText, directory)
{
    private static readonly string[] s_extensions = [".js", ".json", ".wasm", ".mjs", ".cjs"];
    private readonly List<(string Key, ModuleIncludeDependency Element)> _elements = [];

    /// <summary>The context's options.</summary>
    public ContextOptions Options { get; } = options;

    /// <inheritdoc />
    public override string Directory => Resource;

    /// <inheritdoc />
    public override string NameSuffix => " " + Options.Mode + (Options.Recursive ? " recursive " : " ") + Options.PatternText;

    /// <inheritdoc />
    public override long Size => 160 + 40 * _elements.Count;

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        var pattern = new Regex(Options.Pattern, RegexOptions.CultureInvariant);
        var files = new List<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Resource, "*", Options.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
        {
            var relative = "./" + Path.GetRelativePath(Resource, file).Replace('\\', '/');
            if (relative.Contains("/node_modules/", StringComparison.Ordinal) || !pattern.IsMatch(relative))
                continue;
            files.Add(relative);
        }
        files.Sort(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            var element = new ModuleIncludeDependency(relative, Options.Mode == "sync" ? DependencyCategory.CommonJs : DependencyCategory.Esm);
            Dependencies.Add(element);
            _elements.Add((relative, element));
            // webpack's alternative requests: the same file without its extension.
            var extension = Path.GetExtension(relative);
            if (Array.IndexOf(s_extensions, extension) >= 0)
                _elements.Add((relative[..^extension.Length], element));
        }
        return [];
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        var requirements = RuntimeGlobals.Module | RuntimeGlobals.Require | RuntimeGlobals.HasOwnProperty;
        var isAsync = Options.Mode is "lazy" or "eager" or "lazy-once" or "async-weak";
        var entries = new List<(string Key, string Value)>();
        foreach (var (key, element) in _elements)
        {
            if (element.Target is not { } target)
                continue;
            var id = context.ModuleIdLiteral(target);
            if (!isAsync)
            {
                entries.Add((key, id));
                continue;
            }
            // Follows webpack's fake map: how to turn a non-ES module into a namespace.
            var fakeMode = target.GetExportsType(strict: false) switch
            {
                ExportsType.Namespace => 0,
                ExportsType.Dynamic => 7,
                ExportsType.DefaultWithNamed => 3,
                _ => 1,
            };
            if (fakeMode != 0) requirements |= RuntimeGlobals.CreateFakeNamespaceObject;
            entries.Add((key, $"[{id}, {fakeMode}]"));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var code = new StringBuilder("var map = {\n");
        for (var i = 0; i < entries.Count; i++)
        {
            code.Append('\t').Append(CodeGenerationContext.JsonString(entries[i].Key)).Append(": ").Append(entries[i].Value);
            code.Append(i + 1 < entries.Count ? ",\n" : "\n");
        }
        code.Append("};\n");
        const string NotFound = "if(!__webpack_require__.o(map, req)) {\n\t\tvar e = new Error(\"Cannot find module '\" + req + \"'\");\n\t\te.code = 'MODULE_NOT_FOUND';\n\t\tthrow e;\n\t}\n";
        if (isAsync)
        {
            code.Append("function webpackAsyncContext(req) {\n\treturn Promise.resolve().then(() => {\n\t").Append(NotFound)
                .Append("\t\tvar ids = map[req], id = ids[0];\n\t\treturn ids[1] ? __webpack_require__.t(id, ids[1] | 16) : __webpack_require__(id);\n\t});\n}\n")
                .Append("webpackAsyncContext.keys = () => (Object.keys(map));\n")
                .Append("webpackAsyncContext.id = ").Append(context.ModuleIdLiteral(this)).Append(";\n")
                .Append("module.exports = webpackAsyncContext;");
        }
        else
        {
            code.Append("function webpackContext(req) {\n\tvar id = webpackContextResolve(req);\n\treturn __webpack_require__(id);\n}\n")
                .Append("function webpackContextResolve(req) {\n\t").Append(NotFound).Append("\treturn map[req];\n}\n")
                .Append("webpackContext.keys = function webpackContextKeys() {\n\treturn Object.keys(map);\n};\n")
                .Append("webpackContext.resolve = webpackContextResolve;\n")
                .Append("module.exports = webpackContext;\n")
                .Append("webpackContext.id = ").Append(context.ModuleIdLiteral(this)).Append(';');
        }
        return new CodeGenerationResult(new RawSource(code.ToString()), requirements);
    }
}
