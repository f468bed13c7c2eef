// What a TypeScript parse learns that the JavaScript tree does not hold: the text to erase (types,
// modifiers, type-only declarations), the parameter properties of constructors, the names that
// are only types, and the import and export lists that lost a type-only specifier. The
// TypeScript transform turns the tree and these facts into JavaScript.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Parsing;

/// <summary>A change to the source text: <see cref="Text"/> replaces <c>[Start, End)</c>; an erasure when it is empty, an insertion when the range is.</summary>
internal readonly record struct TextEdit(int Start, int End, string Text);

/// <summary>A constructor parameter declared with an accessibility or <c>readonly</c> modifier: it is also a property of the instance.</summary>
internal readonly record struct ParameterProperty(FunctionNode Constructor, Identifier Name);

/// <summary>The TypeScript side of one parse.</summary>
internal sealed class TypeScriptFacts
{
    /// <summary>Edits in the order the parser made them (mostly source order; the transform sorts them).</summary>
    public readonly List<TextEdit> Edits = [];

    /// <summary>Constructor parameters that are properties, in source order.</summary>
    public readonly List<ParameterProperty> ParameterProperties = [];

    /// <summary>Names declared as interfaces, type aliases, ambient declarations or namespaces with no value: a local <c>export { T }</c> of one is erased.</summary>
    public readonly HashSet<string> TypeNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the type annotation of a parameter (its pattern), a field or a function's return type
    /// (the function) is, without the colon: decorator metadata serializes it.
    /// </summary>
    public readonly Dictionary<Node, (int Start, int End)> Annotations = [];

    /// <summary>Fields declared <c>accessor</c>: each becomes private storage with a getter and a setter.</summary>
    public readonly HashSet<PropertyDefinition> AccessorFields = [];

    /// <summary>Import and export declarations that had a <c>type</c> specifier removed: their text is rebuilt.</summary>
    public readonly HashSet<Node> RewrittenClauses = [];

    /// <summary>Adds an erasure of <c>[start, end)</c>.</summary>
    public void Erase(int start, int end)
    {
        if (end > start)
            Edits.Add(new TextEdit(start, end, ""));
    }
}
