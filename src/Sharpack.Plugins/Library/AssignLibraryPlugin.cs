// Follows webpack lib/library/AssignLibraryPlugin.js: the library types that assign the entry's
// exports to a name: a declared variable (var), an existing one (assign), a property of an
// object (this, window, self, global, exports for commonjs, module.exports for commonjs2), or
// copy them property by property onto it (assign-properties, and the unnamed prefix types),
// or, for commonjs-static, one assignment per provided export (which node's cjs-module-lexer
// can see statically).

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>How an <see cref="AssignLibraryPlugin"/> treats a library without a name, or with one.</summary>
public enum AssignMode
{
    /// <summary>A name is required.</summary>
    Error,
    /// <summary>Assign the exports object.</summary>
    Assign,
    /// <summary>Copy the exports' properties onto the target.</summary>
    Copy,
    /// <summary>One assignment per provided export, then copy the rest (commonjs-static).</summary>
    Static,
}

/// <summary>The assigning library types (webpack's AssignLibraryPlugin).</summary>
public sealed class AssignLibraryPlugin : AbstractLibraryPlugin
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends",
        "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
        "private", "protected", "public", "return", "super", "switch", "static", "this", "throw", "try", "true", "typeof", "var", "void", "while", "with", "yield",
    };

    private readonly string[]? _prefix;
    private readonly bool _globalPrefix;
    private readonly string? _declare;
    private readonly AssignMode _unnamed;
    private readonly AssignMode _named;

    /// <summary>An assigning library type.</summary>
    /// <param name="type">The library type.</param>
    /// <param name="prefix">The object the name is a property of (<c>["this"]</c>, <c>["module", "exports"]</c>), empty for a variable, null for output.globalObject.</param>
    /// <param name="declare">The keyword declaring the variable (<c>var</c>), or null.</param>
    /// <param name="unnamed">What a library without a name does.</param>
    /// <param name="named">What a named library does.</param>
    public AssignLibraryPlugin(string type, string[]? prefix, string? declare, AssignMode unnamed, AssignMode named = AssignMode.Assign)
        : base("AssignLibraryPlugin", type)
    {
        _prefix = prefix;
        _globalPrefix = prefix is null;
        _declare = declare;
        _unnamed = unnamed;
        _named = named;
    }

    /// <inheritdoc />
    protected override bool HasRender => true;

    /// <inheritdoc />
    protected override bool HasRenderStartup => true;

    /// <inheritdoc />
    protected override bool HasEmbedInRuntimeBailout => true;

    // webpack's: an inlined entry that declares the library's base name would take the assignment.
    /// <inheritdoc />
    protected override string? EmbedInRuntimeBailout(Module module, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Results.TryGet(module, chunk.Runtime, out var result))
            return "it doesn't tell about top level declarations.";
        var fullName = FullName(library, chunk, context.Generation.Options);
        if (fullName.Count == 0)
            return null;
        if (JavascriptModulesPlugin.TopLevelDeclarations(module, result) is not { } declarations)
            return "it doesn't tell about top level declarations.";
        if (declarations.Contains(fullName[0]))
            return $"it declares '{fullName[0]}' on top-level, which conflicts with the current library output.";
        return null;
    }

    /// <inheritdoc />
    protected override bool HasStrictRuntimeBailout => true;

    /// <inheritdoc />
    /// <remarks>webpack's: assigning an undeclared variable (type "assign") creates a global, which strict mode forbids.</remarks>
    protected override string? StrictRuntimeBailout(LibraryOptions library) =>
        _declare is not null || _globalPrefix || _prefix!.Length > 0 || library.Name is null ? null : "a global variable is assign and maybe created";

    /// <inheritdoc />
    protected override string? Validate(LibraryOptions library)
    {
        var name = library.Name;
        if (_unnamed == AssignMode.Error && (name is null || name.IsObject))
            return "Library name must be a string or string array. " + CommonLibraryNameMessage;
        if (name is { IsObject: true })
            return "Library name must be a string, string array or unset. " + CommonLibraryNameMessage;
        // webpack checks the resolved name when rendering; placeholders ([name]) count as identifier characters here.
        if (_declare is not null && name?.Parts is { } parts
            && parts[0].Replace("[name]", "_", StringComparison.Ordinal).Replace("[id]", "_", StringComparison.Ordinal) is var baseName && !IsNameValid(baseName))
        {
            return $"Library name base ({parts[0]}) must be a valid identifier when using a var declaring library type. " +
                $"Either use a valid identifier (e. g. {ToIdentifier(parts[0])}) or use a different library type (e. g. 'type: \"global\"', which assign a property on the global scope instead of declaring a variable). {CommonLibraryNameMessage}";
        }
        return null;
    }

    /// <inheritdoc />
    protected override void FinishEntryModule(Module module, string entryName, LibraryOptions library, Compilation compilation) =>
        MarkExportsUsed(module, entryName, library, compilation);

    /// <inheritdoc />
    protected override RuntimeGlobals RuntimeRequirements(Chunk chunk, RuntimeGlobals requirements, LibraryOptions library, Compilation compilation) =>
        requirements | RuntimeGlobals.Exports;

    private string[] Prefix(SharpackOptions options) => _globalPrefix ? [options.Output.GlobalObject] : _prefix!;

    // webpack's _getResolvedFullName: the prefix, then the name's parts, placeholders filled for the chunk.
    private List<string> FullName(LibraryOptions library, Chunk chunk, SharpackOptions options)
    {
        var prefix = Prefix(options);
        var full = new List<string>(prefix.Length + 2);
        foreach (var part in prefix)
            full.Add(ResolveName(part, chunk));
        if (library.Name?.Parts is { } parts)
        {
            foreach (var part in parts)
                full.Add(ResolveName(part, chunk));
        }
        return full;
    }

    /// <inheritdoc />
    protected override Source Render(Source source, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        if (_declare is null)
            return source;
        var fullName = FullName(library, chunk, context.Generation.Options);
        return new ConcatSource(new RawSource(_declare + " " + fullName[0] + ";\n"), source);
    }

    /// <inheritdoc />
    protected override Source RenderStartup(Source source, Module module, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        var options = context.Generation.Options;
        var fullName = FullName(library, chunk, options);
        var existing = Prefix(options).Length;
        var exportAccess = library.Export is { } export ? PropertyAccess(export, 0) : "";
        var constKeyword = options.Output.Environment.Const ? "const" : "var";
        var result = new StringBuilder();
        if (_unnamed == AssignMode.Static)
        {
            var target = AccessWithInit(fullName, existing, initLast: true);
            var provided = new List<string>();
            foreach (var info in context.Generation.Graph.GetExportsInfo(module).OrderedExports)
            {
                if (info.Provided != ProvidedState.Provided || info.Name is null)
                    continue;
                var nameAccess = PropertyAccess([info.Name], 0);
                result.Append(target).Append(nameAccess).Append(" = __webpack_exports__").Append(exportAccess).Append(nameAccess).Append(";\n");
                provided.Add(info.Name);
            }
            var exports = "__webpack_exports__";
            if (exportAccess.Length > 0)
            {
                result.Append(constKeyword).Append(" __webpack_exports_export__ = __webpack_exports__").Append(exportAccess).Append(";\n");
                exports = "__webpack_exports_export__";
            }
            result.Append("for(var __webpack_i__ in ").Append(exports).Append(") {\n");
            if (provided.Count > 0)
            {
                result.Append("  if (").Append(JsonArray(provided)).Append(".indexOf(__webpack_i__) === -1) {\n");
                result.Append("    ").Append(target).Append("[__webpack_i__] = ").Append(exports).Append("[__webpack_i__];\n  }\n");
            }
            else
            {
                result.Append("  ").Append(target).Append("[__webpack_i__] = ").Append(exports).Append("[__webpack_i__];\n");
            }
            result.Append("}\n");
            result.Append("Object.defineProperty(").Append(target).Append(", \"__esModule\", { value: true });\n");
        }
        else if ((library.Name is not null ? _named : _unnamed) == AssignMode.Copy)
        {
            result.Append(constKeyword).Append(" __webpack_export_target__ = ").Append(AccessWithInit(fullName, existing, initLast: true)).Append(";\n");
            var exports = "__webpack_exports__";
            if (exportAccess.Length > 0)
            {
                result.Append(constKeyword).Append(" __webpack_exports_export__ = __webpack_exports__").Append(exportAccess).Append(";\n");
                exports = "__webpack_exports_export__";
            }
            result.Append("for(var __webpack_i__ in ").Append(exports).Append(") __webpack_export_target__[__webpack_i__] = ").Append(exports).Append("[__webpack_i__];\n");
            result.Append("if(").Append(exports).Append(".__esModule) Object.defineProperty(__webpack_export_target__, \"__esModule\", { value: true });\n");
        }
        else
        {
            result.Append(AccessWithInit(fullName, existing, initLast: false)).Append(" = __webpack_exports__").Append(exportAccess).Append(";\n");
        }
        return new ConcatSource(source, new RawSource(result.ToString()));
    }

    /// <inheritdoc />
    protected override void ChunkHash(Chunk chunk, Core.Hashing.Hash hash, LibraryOptions library, SharpackOptions options)
    {
        hash.Append("AssignLibraryPlugin");
        if ((library.Name is not null ? _named : _unnamed) == AssignMode.Copy)
            hash.Append("copy");
        if (_declare is not null)
            hash.Append(_declare);
        hash.Append(string.Join(".", FullName(library, chunk, options)));
        if (library.Export is { } export)
            hash.Append(string.Join(",", export));
    }

    // webpack's accessWithInit: the path, creating each missing object on the way (the last too when initLast).
    private static string AccessWithInit(List<string> accessor, int existingLength, bool initLast)
    {
        var baseName = accessor[0];
        if (accessor.Count == 1 && !initLast)
            return baseName;
        var current = existingLength > 0 ? baseName : $"({baseName} = typeof {baseName} === \"undefined\" ? {{}} : {baseName})";
        var i = 1;
        var propsSoFar = new List<string>();
        if (existingLength > i)
        {
            for (var j = 1; j < existingLength; j++)
                propsSoFar.Add(accessor[j]);
            i = existingLength;
            current += PropertyAccess(propsSoFar, 0);
        }
        var initUntil = initLast ? accessor.Count : accessor.Count - 1;
        for (; i < initUntil; i++)
        {
            propsSoFar.Add(accessor[i]);
            current = $"({current}{PropertyAccess([accessor[i]], 0)} = {baseName}{PropertyAccess(propsSoFar, 0)} || {{}})";
        }
        if (i < accessor.Count)
            current += PropertyAccess([accessor[^1]], 0);
        return current;
    }

    /// <summary>webpack's propertyAccess: <c>.name</c> for an identifier, <c>["x-y"]</c> otherwise, from <paramref name="start"/>.</summary>
    internal static string PropertyAccess(IReadOnlyList<string> properties, int start)
    {
        var builder = new StringBuilder();
        for (var i = start; i < properties.Count; i++)
        {
            var property = properties[i];
            if (IsSafeIdentifier(property) && !s_reserved.Contains(property))
                builder.Append('.').Append(property);
            else
                builder.Append('[').Append(CodeGenerationContext.JsonString(property)).Append(']');
        }
        return builder.ToString();
    }

    // webpack's RESERVED_IDENTIFIER (util/property.js): names propertyAccess never writes with a dot.
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false",
        "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
        "typeof", "var", "void", "while", "with", "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "await",
    };

    // webpack's SAFE_IDENTIFIER: /^[_a-zA-Z$][_a-zA-Z$0-9]*$/.
    private static bool IsSafeIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
            return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
                return false;
        }
        return true;
    }

    // webpack's isNameValid: not a keyword, and an identifier (Unicode letters allowed).
    private static bool IsNameValid(string name)
    {
        if (s_keywords.Contains(name) || name.Length == 0)
            return false;
        if (!(char.IsLetter(name[0]) || name[0] is '$' or '_' || char.GetUnicodeCategory(name[0]) == System.Globalization.UnicodeCategory.LetterNumber))
            return false;
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (!(char.IsLetterOrDigit(c) || c is '$' or '_' || category is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation))
                return false;
        }
        return true;
    }

    private static string ToIdentifier(string text) => Externals.ExternalModule.ToIdentifier(text);

    private static string JsonArray(List<string> items)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(CodeGenerationContext.JsonString(items[i]));
        }
        return builder.Append(']').ToString();
    }
}
