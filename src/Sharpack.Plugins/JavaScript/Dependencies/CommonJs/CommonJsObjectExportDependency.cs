// Follows webpack lib/dependencies/CommonJsObjectExportDependency.js: a top-level
// `module.exports = { a, b: …, get c() {…}, d() {…} }` makes each property an export. An unused
// property is spread away (`...void (value)` keeps the value's side effects and nested edits; a
// pure value is `...(null && (value))`, a method or accessor `...void (function …)`); a used one
// gets its used (possibly mangled) key. `__esModule` always stays as written.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>What kind of property an object-literal export is.</summary>
public enum CommonJsObjectExportKind : byte
{
    /// <summary><c>a: value</c></summary>
    KeyValue,
    /// <summary><c>a</c></summary>
    Shorthand,
    /// <summary><c>get a() {…}</c></summary>
    Get,
    /// <summary><c>set a(v) {…}</c></summary>
    Set,
    /// <summary><c>a() {…}</c></summary>
    Method,
    /// <summary><c>async a() {…}</c></summary>
    AsyncMethod,
    /// <summary><c>*a() {…}</c></summary>
    GeneratorMethod,
    /// <summary><c>async *a() {…}</c></summary>
    AsyncGeneratorMethod,
}

/// <summary>One property of <c>module.exports = { … }</c>.</summary>
/// <param name="name">The export's name.</param>
/// <param name="kind">The property's kind.</param>
/// <param name="pure">A key-value property whose value has no side effects.</param>
public sealed class CommonJsObjectExportDependency(string name, CommonJsObjectExportKind kind, bool pure) : Dependency
{
    /// <summary>The export's name.</summary>
    public string Name { get; } = name;

    /// <summary>The property's kind.</summary>
    public CommonJsObjectExportKind Kind { get; } = kind;

    /// <summary>Whether the value is pure.</summary>
    public bool Pure { get; } = pure;

    /// <summary>The key's range (start, end).</summary>
    public (int Start, int End) KeyRange { get; init; }

    /// <summary>The value's range (start, end); a method's or accessor's function starts at its parameters.</summary>
    public (int Start, int End) ValueRange { get; init; }

    /// <summary>Whether the kind is a function written as a method or accessor (an unused one keeps its body as a function expression).</summary>
    public static bool IsFunctionKind(CommonJsObjectExportKind kind) => kind >= CommonJsObjectExportKind.Get;

    /// <inheritdoc />
    public override string TypeName => "cjs object exports";

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph) => new()
    {
        // __esModule is never renamed: the template keeps it as written.
        Exports = [new ExportSpec(Name) { CanMangle = Name != "__esModule" && !CommonJsDependencyHelpers.IsObjectPrototypeName(Name) }],
    };

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // The interop flag stays even when unused.
        if (Name == "__esModule")
            return;
        var used = context.Generation.Graph.GetExportsInfo(context.Module).GetUsedName(Name, context.Runtime);
        var source = context.Source;
        if (used is null)
        {
            // Removing a property needs object spread.
            if (!context.Generation.Options.Output.Environment.Spread)
                return;
            if (IsFunctionKind(Kind))
            {
                // The body stays, as a function expression nobody calls, so edits inside it still apply.
                var head = Kind switch
                {
                    CommonJsObjectExportKind.AsyncMethod => "...void (async function ",
                    CommonJsObjectExportKind.GeneratorMethod => "...void (function* ",
                    CommonJsObjectExportKind.AsyncGeneratorMethod => "...void (async function* ",
                    _ => "...void (function ",
                };
                source.Replace(Start, ValueRange.Start - 1, head);
                source.Insert(ValueRange.End, ")");
                return;
            }
            if (Kind == CommonJsObjectExportKind.Shorthand)
            {
                source.Replace(Start, End - 1, "...void (" + Name + ")");
                return;
            }
            if (Pure)
            {
                // Spreading null adds nothing; the text stays so edits inside it still apply.
                source.Replace(Start, ValueRange.Start - 1, "...(/* unused pure expression */ null && (");
                source.Replace(ValueRange.End, End - 1, "))");
                return;
            }
            source.Replace(Start, ValueRange.Start - 1, "...void (");
            source.Replace(ValueRange.End, End - 1, ")");
            return;
        }
        if (used == Name)
            return;
        source.Replace(KeyRange.Start, KeyRange.End - 1,
            Kind == CommonJsObjectExportKind.Shorthand ? PropertyNames.Key(used) + ": " + Name : PropertyNames.Key(used));
    }
}
