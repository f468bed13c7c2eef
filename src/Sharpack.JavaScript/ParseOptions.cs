// Options for one parse: the goal symbol (script or module), JSX, and the file name for messages.

namespace Sharpack.JavaScript;

/// <summary>Which grammar goal a source is parsed with.</summary>
public enum SourceType : byte
{
    /// <summary>Script goal: sloppy mode unless "use strict", no import/export.</summary>
    Script,
    /// <summary>Module goal: strict mode, import/export, top-level await.</summary>
    Module,
}

/// <summary>Options for <see cref="JavaScriptParser.Parse"/>.</summary>
public sealed class ParseOptions
{
    /// <summary>The grammar goal.</summary>
    public SourceType SourceType { get; init; } = SourceType.Module;

    /// <summary>Accept JSX elements and fragments in expressions.</summary>
    public bool Jsx { get; init; }

    /// <summary>
    /// Parse TypeScript: types are checked and skipped (the tree holds the JavaScript), and the
    /// parse records what the TypeScript transform erases and generates. With <see cref="Jsx"/>, .tsx.
    /// </summary>
    public bool TypeScript { get; init; }

    /// <summary>
    /// With <see cref="TypeScript"/>: also build nodes for types, modifiers and type-only
    /// declarations, in the shape <c>@typescript-eslint/typescript-estree</c> gives them, for
    /// <see cref="Estree.EstreeDialect.TypeScriptEstree"/> output and tools. Slower; the transform
    /// and the bundler never set it.
    /// </summary>
    public bool TypeScriptTree { get; init; }

    /// <summary>A numeric JSX entity above U+FFFF is the code point (as Babel and TypeScript read it), not its low 16 bits (as acorn-jsx does).</summary>
    internal bool JsxCodePoints { get; init; }

    /// <summary>
    /// Accept import phases: <c>import defer * as ns from "x"</c>, <c>import source x from "x"</c>,
    /// <c>import.defer("x")</c> and <c>import.source("x")</c> (webpack's <c>deferImport</c> and
    /// <c>sourceImport</c> experiments).
    /// </summary>
    public bool ImportPhases { get; init; }

    /// <summary>Accept <c>return</c> at the top level (acorn's allowReturnOutsideFunction; webpack's for <c>javascript/dynamic</c> scripts).</summary>
    public bool AllowReturnOutsideFunction { get; init; }

    /// <summary>The file name used in error messages.</summary>
    public string? FileName { get; init; }

    /// <summary>Run scope analysis after parsing (binds identifiers, reports redeclarations).</summary>
    public bool AnalyzeScopes { get; init; } = true;
}
