// Follows webpack lib/ConcatenationScope.js: while a module is generated inside a concatenated
// module, its dependency templates do not read other modules of the concatenation through
// __webpack_require__; they write a module reference (an identifier naming the module's index,
// the export path and how it is read) that the concatenated module resolves to the final name
// once every module's top-level names are known, and they register the module's exports instead
// of defining getters.

using System.Text;
using System.Text.Json;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.CodeGeneration;

/// <summary>What a module generated inside a concatenated module shares with the concatenation.</summary>
public sealed class ConcatenationScope(IReadOnlyDictionary<Module, int> modules)
{
    /// <summary>The local name an anonymous default export is declared by (webpack's DEFAULT_EXPORT).</summary>
    public const string DefaultExport = "__WEBPACK_DEFAULT_EXPORT__";

    /// <summary>The local name a generated namespace value is declared by (webpack's NAMESPACE_OBJECT_EXPORT).</summary>
    public const string NamespaceObjectExport = "__WEBPACK_NAMESPACE_OBJECT__";

    private const string ReferencePrefix = "__WEBPACK_MODULE_REFERENCE__";

    /// <summary>Whether <paramref name="module"/> is part of the concatenation (concatenated or imported by it).</summary>
    public bool IsModuleInScope(Module module) => modules.ContainsKey(module);

    /// <summary>The module's exports by export name: the local name holding each.</summary>
    public Dictionary<string, string>? ExportMap { get; private set; }

    /// <summary>Exports that are an expression rather than a local (webpack's rawExportMap).</summary>
    public Dictionary<string, string>? RawExportMap { get; private set; }

    /// <summary>The local holding the module's whole namespace value, when the module declares one.</summary>
    public string? NamespaceExportSymbol { get; private set; }

    /// <summary>Registers that <paramref name="exportName"/> is the local <paramref name="symbol"/> (the first registration wins).</summary>
    public void RegisterExport(string exportName, string symbol)
    {
        ExportMap ??= new Dictionary<string, string>(StringComparer.Ordinal);
        ExportMap.TryAdd(exportName, symbol);
    }

    /// <summary>Registers that <paramref name="exportName"/> is the expression <paramref name="expression"/>.</summary>
    public void RegisterRawExport(string exportName, string expression)
    {
        RawExportMap ??= new Dictionary<string, string>(StringComparer.Ordinal);
        RawExportMap.TryAdd(exportName, expression);
    }

    /// <summary>Registers the local holding the module's namespace value.</summary>
    public void RegisterNamespaceExport(string symbol) => NamespaceExportSymbol = symbol;

    /// <summary>
    /// The code that reads <paramref name="ids"/> of <paramref name="module"/> (empty: its namespace):
    /// an identifier the concatenated module replaces, followed by <c>._</c> so that any syntax
    /// around it (<c>delete</c>, a call, an assignment target) still parses.
    /// </summary>
    /// <remarks><paramref name="deferredImport"/>: the read comes through an <c>import defer</c>.</remarks>
    public string CreateModuleReference(Module module, IReadOnlyList<string> ids, bool call = false, bool directImport = false, bool? asiSafe = null, bool deferredImport = false)
    {
        var index = modules[module];
        var builder = new StringBuilder(ReferencePrefix.Length + 32);
        builder.Append(ReferencePrefix).Append(index).Append('_');
        if (ids.Count == 0)
            builder.Append("ns");
        else
            builder.Append(Convert.ToHexStringLower(JsonSerializer.SerializeToUtf8Bytes(ids, ConcatenationJsonContext.Default.IReadOnlyListString)));
        if (call) builder.Append("_call");
        if (directImport) builder.Append("_directImport");
        if (deferredImport) builder.Append("_deferredImport");
        if (asiSafe is { } safe) builder.Append(safe ? "_asiSafe1" : "_asiSafe0");
        return builder.Append("__._").ToString();
    }

    /// <summary>Whether <paramref name="name"/> is a module reference identifier.</summary>
    public static bool IsModuleReference(string name) => name.StartsWith(ReferencePrefix, StringComparison.Ordinal);

    /// <summary>Reads a module reference identifier (without its trailing <c>._</c>); null when <paramref name="name"/> is none.</summary>
    public static ModuleReference? MatchModuleReference(string name)
    {
        if (!IsModuleReference(name) || !name.EndsWith("__", StringComparison.Ordinal))
            return null;
        var rest = name.AsSpan(ReferencePrefix.Length, name.Length - ReferencePrefix.Length - 2);
        var underscore = rest.IndexOf('_');
        if (underscore <= 0 || !int.TryParse(rest[..underscore], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            return null;
        rest = rest[(underscore + 1)..];
        var end = rest.IndexOf('_');
        var data = end < 0 ? rest : rest[..end];
        var flags = end < 0 ? [] : rest[end..];
        IReadOnlyList<string> ids;
        if (data.SequenceEqual("ns"))
        {
            ids = [];
        }
        else
        {
            try
            {
                ids = JsonSerializer.Deserialize(Convert.FromHexString(data), ConcatenationJsonContext.Default.IReadOnlyListString) ?? [];
            }
            catch (FormatException)
            {
                return null;
            }
        }
        bool? asiSafe = flags.EndsWith("_asiSafe1") ? true : flags.EndsWith("_asiSafe0") ? false : null;
        return new ModuleReference(index, ids, flags.IndexOf("_call") >= 0, flags.IndexOf("_directImport") >= 0, asiSafe, flags.IndexOf("_deferredImport") >= 0);
    }
}

/// <summary>A module reference read back: which module (index in the concatenation), which export path, how it is read.</summary>
/// <param name="Index">The module's index in the concatenation list.</param>
/// <param name="Ids">The export path (empty: the namespace).</param>
/// <param name="Call">The reference is called.</param>
/// <param name="DirectImport">The reference is an imported binding itself (not a namespace member).</param>
/// <param name="AsiSafe">True: code may start with "("; false: it needs a ";" first; null: not known.</param>
/// <param name="DeferredImport">The read comes through an <c>import defer</c>.</param>
public sealed record ModuleReference(int Index, IReadOnlyList<string> Ids, bool Call, bool DirectImport, bool? AsiSafe, bool DeferredImport = false);

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ConcatenationJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
