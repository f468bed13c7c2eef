// Which parser's tree shape EstreeWriter reproduces.

namespace Sharpack.JavaScript.Estree;

/// <summary>The ESTree flavour <see cref="EstreeWriter"/> writes.</summary>
public enum EstreeDialect : byte
{
    /// <summary>acorn 8 and acorn-jsx: <c>start</c>/<c>end</c> offsets, no TypeScript nodes.</summary>
    Acorn,

    /// <summary>
    /// <c>@typescript-eslint/typescript-estree</c> 8: <c>range</c> pairs, the TypeScript keys on
    /// JavaScript nodes, and a node for every type (parse with <see cref="ParseOptions.TypeScriptTree"/>).
    /// </summary>
    TypeScriptEstree,
}
