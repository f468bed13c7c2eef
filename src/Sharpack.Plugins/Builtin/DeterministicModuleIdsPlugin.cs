// Follows webpack lib/ids/DeterministicModuleIdsPlugin.js (webpack.ids.DeterministicModuleIdsPlugin):
// on the moduleIds hook, every module in a chunk that has no id yet gets a short number hashed
// from its name (assignDeterministicIds), in a range of 10^maxLength (3 by default) that grows
// tenfold while more than 5% of it would be used (not with fixedLength), avoiding the ids already
// taken; `salt` starts the hash counter elsewhere, failOnConflict makes any collision an error.
// Applied for optimization.moduleIds: "deterministic" (with webpack's defaults) or by a config with
// moduleIds: false. Modules are ordered by their readable name, as
// Sharpack's built-in deterministic ids are (webpack orders by pre-order index). A `test` function
// from a configuration picks the modules, called through the JavaScript bridge.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Builtin;

/// <summary>Short numeric module ids hashed from module names (webpack's DeterministicModuleIdsPlugin).</summary>
public sealed class DeterministicModuleIdsPlugin : IPlugin
{
    private const string Title = "Deterministic Module Ids Plugin";
    private readonly string? _context;
    private readonly int _maxLength = 3;
    private readonly long _salt;
    private readonly bool _failOnConflict;
    private readonly bool _fixedLength;
    private readonly JsFunction? _test;

    /// <summary>A plugin with webpack's defaults.</summary>
    public DeterministicModuleIdsPlugin()
    {
    }

    /// <summary>A plugin from a configuration's options: <c>{ context?, maxLength?, salt?, failOnConflict?, fixedLength? }</c>.</summary>
    public DeterministicModuleIdsPlugin(JsonNode? options) : this(options, null)
    {
    }

    /// <summary>
    /// A plugin from a configuration's options, where <c>test</c> may be a JavaScript function of the
    /// module (<c>{ identifier, resource, type }</c>) that <paramref name="functions"/> calls: only
    /// the modules it accepts get an id from this plugin.
    /// </summary>
    public DeterministicModuleIdsPlugin(JsonNode? options, IJsFunctionHost? functions)
    {
        if (options is null)
            return;
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, Title, "context", "maxLength", "salt", "failOnConflict", "fixedLength", "test");
        if (obj["test"] is { } test)
            _test = BuiltinOptions.Function(test, functions, Title, "options.test");
        if (obj["context"] is not null)
        {
            _context = BuiltinOptions.String(obj["context"], Title, "context");
            if (_context is null || !Path.IsPathFullyQualified(_context))
                throw BuiltinOptions.Invalid(Title, $"options.context: The provided value \"{_context}\" is not an absolute path!");
        }
        // webpack: `maxLength || 3` and `salt || 0`, so 0 is the default.
        var maxLength = Number(obj["maxLength"], "maxLength");
        if (maxLength is { } length && length != 0)
            _maxLength = length is >= 1 and <= 308 ? (int)length : throw BuiltinOptions.Invalid(Title, "options.maxLength should be a whole number of digits from 1 to 308.");
        _salt = (long)(Number(obj["salt"], "salt") ?? 0);
        _failOnConflict = BuiltinOptions.Bool(obj["failOnConflict"], Title, "failOnConflict") ?? false;
        _fixedLength = BuiltinOptions.Bool(obj["fixedLength"], Title, "fixedLength") ?? false;
    }

    private static double? Number(JsonNode? node, string path)
    {
        if (node is null)
            return null;
        if (BuiltinOptions.Kind(node) == JsonValueKind.Number && node.GetValue<double>() is var value && value == Math.Floor(value) && value >= 0)
            return value;
        throw BuiltinOptions.Invalid(Title, $"options.{path} should be a non-negative whole number.");
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap("DeterministicModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("DeterministicModuleIdsPlugin", _ => AssignIds(compilation)));
    }

    // webpack's test(module), asked as ids are assigned; what JSON can carry of the module crosses.
    // A throw leaves the module to other id plugins and is reported.
    private bool Accepts(Compilation compilation, Module module)
    {
        try
        {
            return JsFunction.IsTruthy(_test!.Call(new JsonObject
            {
                ["identifier"] = module.Identifier,
                ["resource"] = module.Resource,
                ["type"] = module is NormalModule normal ? normal.Type : null,
            }));
        }
        catch (JsFunctionException e)
        {
            compilation.Errors.Add(new BuildDiagnostic(e.Describe()));
            return false;
        }
    }

    private void AssignIds(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var (usedIds, modules) = Ids.IdHelpers.UsedModuleIdsAndModules(compilation, _test is null ? null : module => Accepts(compilation, module));
        var context = _context ?? compilation.Options.Context;
        var names = new Dictionary<Module, string>();
        foreach (var module in modules)
            names[module] = _context is null ? module.DeterministicName(context) : RequestShortener.FullModuleName(module.Identifier, context);
        if (!_failOnConflict)
            modules.Sort(static (a, b) => string.CompareOrdinal(a.ReadableName, b.ReadableName) is var byName and not 0 ? byName : string.CompareOrdinal(a.Identifier, b.Identifier));
        // With a fixed length the range can be too small for every module: webpack would try
        // ids forever; here it is an error naming the option instead.
        if (_fixedLength && modules.Count + usedIds.Count > Math.Pow(10, _maxLength))
        {
            compilation.Errors.Add(new BuildDiagnostic(
                $"DeterministicModuleIdsPlugin: {(modules.Count + usedIds.Count).ToString(CultureInfo.InvariantCulture)} modules do not fit in ids of {_maxLength.ToString(CultureInfo.InvariantCulture)} digit(s) with fixedLength; increase the 'maxLength'."));
            return;
        }
        var conflicts = 0;
        DeterministicIds.Assign(modules, module => names[module], (module, id) =>
        {
            if (!usedIds.Add(id))
            {
                conflicts++;
                return false;
            }
            chunkGraph.SetModuleId(module, id);
            return true;
        }, [Math.Pow(10, _maxLength)], _fixedLength ? 0 : 10, usedIds.Count, _salt);
        if (_failOnConflict && conflicts > 0)
        {
            compilation.Errors.Add(new BuildDiagnostic(
                $"Assigning deterministic module ids has lead to {conflicts.ToString(CultureInfo.InvariantCulture)} conflict{(conflicts > 1 ? "s" : "")}.\n" +
                "Increase the 'maxLength' to increase the id space and make conflicts less likely (recommended when there are many conflicts or application is expected to grow), " +
                "or add an 'salt' number to try another hash starting value in the same id space (recommended when there is only a single conflict)."));
        }
    }
}
