// Follows webpack lib/ConcatenationScope.js: while a module is generated inside a concatenated
// module, its dependency templates do not read other modules of the concatenation through
// __webpack_require__; they write a module reference (an identifier naming the module's index and
// an entry of the scope's table: the export path and how it is read) that the concatenated module resolves to the final name
// once every module's top-level names are known, and they register the module's exports instead
// of defining getters.

using System.Globalization;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.CodeGeneration;

/// <summary>What a module generated inside a concatenated module shares with the concatenation.</summary>
/// <param name="modules">Every module of the concatenation and every module it imports, by index.</param>
/// <param name="wrapping">Which members run wrapped, and which of them are imported eagerly; null when none is.</param>
/// <param name="isWrapped">The module generated runs wrapped (webpack's isWrapped): its exports live on a real exports object.</param>
public sealed class ConcatenationScope(IReadOnlyDictionary<Module, int> modules, ConcatenationWrapping? wrapping = null, bool isWrapped = false)
{
    /// <summary>The local name an anonymous default export is declared by (webpack's DEFAULT_EXPORT).</summary>
    public const string DefaultExport = "__WEBPACK_DEFAULT_EXPORT__";

    /// <summary>The local name a generated namespace value is declared by (webpack's NAMESPACE_OBJECT_EXPORT).</summary>
    public const string NamespaceObjectExport = "__WEBPACK_NAMESPACE_OBJECT__";

    private const string ReferencePrefix = "__WEBPACK_MODULE_REFERENCE__";

    /// <summary>Whether <paramref name="module"/> is part of the concatenation (concatenated or imported by it).</summary>
    public bool IsModuleInScope(Module module) => modules.ContainsKey(module);

    /// <summary>Whether the module generated runs inside the lazy wrapper, with its own <c>module</c> and <c>exports</c> (webpack's isWrapped).</summary>
    public bool IsWrapped => isWrapped;

    /// <summary>Whether the in-scope <paramref name="module"/>'s body runs inside the lazy wrapper.</summary>
    public bool IsModuleWrapped(Module module) => wrapping?.IsWrapped(module) ?? false;

    /// <summary>
    /// Whether a <c>require()</c> of <paramref name="module"/> reads it through the concatenation: a
    /// member (wrapped, or bound once, as an external that cannot wait behind an accessor), not a
    /// module outside loaded by id.
    /// </summary>
    public bool IsRequiredInScope(Module module) => wrapping is not null && (wrapping.IsWrapped(module) || wrapping.IsMember(module));

    /// <summary>Marks a wrapped module as imported eagerly: its accessor is called at its own place in the evaluation order.</summary>
    public void RegisterEagerModule(Module module) => wrapping?.RegisterEager(module);

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

    /// <summary>Names the module's code binds outside its text (a chunk-level import), which no top-level name of the concatenation may take.</summary>
    public IReadOnlyList<string>? ReservedNames => _reserved;

    private List<string>? _reserved;

    /// <summary>Reserves <paramref name="name"/> (webpack's usedNames.add): members declaring it are renamed.</summary>
    public void ReserveName(string name) => (_reserved ??= []).Add(name);

    /// <summary>Registers the local holding the module's namespace value.</summary>
    public void RegisterNamespaceExport(string symbol) => NamespaceExportSymbol = symbol;

    /// <summary>
    /// The code that reads <paramref name="ids"/> of <paramref name="module"/> (empty: its namespace):
    /// an identifier the concatenated module replaces, followed by <c>._</c> so that any syntax
    /// around it (<c>delete</c>, a call, an assignment target) still parses.
    /// </summary>
    /// <remarks><paramref name="deferredImport"/>: the read comes through an <c>import defer</c>.</remarks>
    /// <remarks><paramref name="moduleExportsAccess"/>: the read is the module's own exports value with plain property access, no ESM interop (how <c>require()</c> sees it).</remarks>
    /// <remarks><paramref name="mangleableNamespace"/>: the namespace read as a value may be an object with the original names over mangled exports.</remarks>
    public string CreateModuleReference(Module module, IReadOnlyList<string> ids, bool call = false, bool directImport = false, bool? asiSafe = null, bool deferredImport = false,
        bool moduleExportsAccess = false, bool mangleableNamespace = false)
    {
        var index = modules[module];
        // PERF: the reference names the module and its place in this scope's table, which holds the
        // rest (webpack writes the export path as hex JSON into the name, read back per occurrence).
        _references ??= [];
        var number = _references.Count;
        _references.Add(new ModuleReference(index, ids, call, directImport, asiSafe, deferredImport, moduleExportsAccess, mangleableNamespace));
        return string.Create(CultureInfo.InvariantCulture, $"{ReferencePrefix}{index}_{number}__._");
    }

    private List<ModuleReference>? _references;

    /// <summary>Whether <paramref name="name"/> is a module reference identifier.</summary>
    public static bool IsModuleReference(string name) => name.StartsWith(ReferencePrefix, StringComparison.Ordinal);

    /// <inheritdoc cref="IsModuleReference(string)"/>
    public static bool IsModuleReference(ReadOnlySpan<char> name) => name.StartsWith(ReferencePrefix, StringComparison.Ordinal);

    /// <summary>
    /// Reads a module reference identifier (without its trailing <c>._</c>) this scope made; null
    /// when <paramref name="name"/> is none.
    /// </summary>
    public ModuleReference? MatchModuleReference(string name)
    {
        if (_references is null || !IsModuleReference(name) || !name.EndsWith("__", StringComparison.Ordinal))
            return null;
        var rest = name.AsSpan(ReferencePrefix.Length, name.Length - ReferencePrefix.Length - 2);
        var underscore = rest.IndexOf('_');
        if (underscore <= 0
            || !int.TryParse(rest[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(rest[(underscore + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || (uint)number >= (uint)_references.Count)
            return null;
        var reference = _references[number];
        return reference.Index == index ? reference : null;
    }

    /// <summary>
    /// The module references in generated code that is not parsed (a wrapped body): each
    /// reference's name and the range it and its trailing <c>._</c> take (end exclusive).
    /// </summary>
    public static List<(string Name, int Start, int End)> FindModuleReferences(string code)
    {
        var found = new List<(string, int, int)>();
        var at = 0;
        while ((at = code.IndexOf(ReferencePrefix, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + ReferencePrefix.Length;
            while (end < code.Length && (char.IsAsciiLetterOrDigit(code[end]) || code[end] == '_'))
                end++;
            var name = code[at..end];
            if (end + 1 < code.Length && code[end] == '.' && code[end + 1] == '_')
                found.Add((name, at, end + 2));
            at = end;
        }
        return found;
    }
}

/// <summary>A module reference read back: which module (index in the concatenation), which export path, how it is read.</summary>
/// <param name="Index">The module's index in the concatenation list.</param>
/// <param name="Ids">The export path (empty: the namespace).</param>
/// <param name="Call">The reference is called.</param>
/// <param name="DirectImport">The reference is an imported binding itself (not a namespace member).</param>
/// <param name="AsiSafe">True: code may start with "("; false: it needs a ";" first; null: not known.</param>
/// <param name="DeferredImport">The read comes through an <c>import defer</c>.</param>
/// <param name="ModuleExportsAccess">The read is the module's own exports value (<c>require()</c>), no ESM interop.</param>
/// <param name="MangleableNamespace">The namespace as a value may be an object with the original names over mangled exports (webpack's).</param>
public sealed record ModuleReference(int Index, IReadOnlyList<string> Ids, bool Call, bool DirectImport, bool? AsiSafe, bool DeferredImport = false, bool ModuleExportsAccess = false,
    bool MangleableNamespace = false);

/// <summary>
/// Which members of a concatenation run wrapped (CommonJS modules, behind a lazy accessor) and
/// which of those some hoisted member imports, so that they run at their place in the order.
/// Safe to mark from the parallel generation of the members.
/// </summary>
public sealed class ConcatenationWrapping(IReadOnlySet<Module> wrapped, Func<Module, bool> isMember)
{
    /// <summary>Whether <paramref name="module"/> is a member of the concatenation (not a module it loads).</summary>
    public bool IsMember(Module module) => isMember(module);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Module, bool> _eager = new();

    /// <summary>Whether <paramref name="module"/> runs wrapped.</summary>
    public bool IsWrapped(Module module) => wrapped.Contains(module);

    /// <summary>Marks a wrapped module as imported eagerly.</summary>
    public void RegisterEager(Module module)
    {
        if (wrapped.Contains(module)) _eager.TryAdd(module, true);
    }

    /// <summary>Whether a hoisted member imports the wrapped <paramref name="module"/>.</summary>
    public bool IsEager(Module module) => _eager.ContainsKey(module);
}
