// Follows webpack 5.112's lib/performance/UnusedExternalsPlugin.js (performance.unusedExternals):
// a request the `externals` option names (a string, an array's strings, an object's keys; a RegExp
// or a function decides per request and names nothing) that no module requested is reported after
// seal. Reported whatever performance.hints is (as a warning where hints are off): an external
// nothing requests is usually a typo that gets the real import bundled instead.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Plugins.Externals;

namespace Sharpack.Plugins.Performance;

/// <summary>Reports externals no module requests.</summary>
/// <param name="options">The performance options (their hints say where the report goes).</param>
public sealed class UnusedExternalsPlugin(PerformanceOptions options) : IPlugin
{
    private const string Name = "UnusedExternalsPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) => compilation.Hooks.AfterSeal.Tap(Name, () => Check(compilation)));
    }

    private void Check(Compilation compilation)
    {
        if (compilation.Options.Externals is not { } externals)
            return;
        var declared = new SortedSet<string>(StringComparer.Ordinal);
        Collect(externals, declared);
        // Nothing was factorized, so nothing could be made external.
        if (declared.Count == 0 || compilation.Graph.Modules.Count == 0)
            return;
        foreach (var module in compilation.Graph.Modules)
        {
            if (module is not ExternalModule)
                continue;
            // The requests as written, not what they were rewritten to; a core module is external under either spelling.
            foreach (var connection in compilation.Graph.GetIncomingConnections(module))
            {
                if (connection.Dependency?.Request is not { } request)
                    continue;
                declared.Remove(request);
                if (NodeTargetPlugin.AlternateCoreModuleRequest(request) is { } alternate)
                    declared.Remove(alternate);
            }
        }
        if (declared.Count == 0)
            return;
        var message = "webpack externals recommendations: \nThe following " + (declared.Count == 1 ? "external was" : "externals were")
            + " declared but never imported: " + string.Join(", ", declared) + ".\nAn external that nothing requests is usually a typo in the request, "
            + "or a leftover from a dependency that is now bundled. It also hides a real import behind the wrong name, which then gets bundled instead of staying external."
            + "\nFor more info visit https://webpack.js.org/configuration/externals/";
        PerformanceHints.Report(compilation, options.Hints, new BuildDiagnostic(message) { IsWarning = true, Inline = true });
    }

    // webpack's collectRequests: what names a request as written.
    private static void Collect(JsonNode node, SortedSet<string> requests)
    {
        switch (node)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                requests.Add(value.GetValue<string>());
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                        Collect(item, requests);
                }
                break;
            // A RegExp or a function decides per request.
            case JsonObject obj when obj.ContainsKey("__regexp") || JsFunction.IsHandle(obj):
                break;
            case JsonObject obj:
                foreach (var (request, _) in obj)
                    requests.Add(request);
                break;
        }
    }
}
