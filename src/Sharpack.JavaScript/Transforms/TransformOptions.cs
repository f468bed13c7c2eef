// Options of the TypeScript and JSX transform, named after TypeScript's compiler options and
// Babel's / SWC's React options (which Rspack's builtin:swc-loader passes through).

namespace Sharpack.JavaScript.Transforms;

/// <summary>How JSX becomes JavaScript.</summary>
public enum JsxRuntime : byte
{
    /// <summary>React 17's automatic runtime: <c>jsx</c>/<c>jsxs</c> (or <c>jsxDEV</c>) imported from <c>&lt;importSource&gt;/jsx-runtime</c>.</summary>
    Automatic,
    /// <summary>The classic runtime: <c>React.createElement(type, props, ...children)</c> (the pragma).</summary>
    Classic,
    /// <summary>JSX is left as written.</summary>
    Preserve,
}

/// <summary>Options for <see cref="SourceTransformer.Transform"/>.</summary>
public sealed class TransformOptions
{
    /// <summary>The source is TypeScript: types are erased, enums, namespaces and parameter properties become JavaScript.</summary>
    public bool TypeScript { get; init; }

    /// <summary>The source may contain JSX.</summary>
    public bool Jsx { get; init; }

    /// <summary>The JSX runtime (TypeScript's <c>jsx</c>: react-jsx → automatic, react → classic, preserve).</summary>
    public JsxRuntime JsxRuntime { get; init; } = JsxRuntime.Automatic;

    /// <summary>The classic runtime's element factory (<c>jsxFactory</c>, <c>pragma</c>); a <c>@jsx</c> comment overrides it.</summary>
    public string JsxFactory { get; init; } = "React.createElement";

    /// <summary>The classic runtime's fragment (<c>jsxFragmentFactory</c>, <c>pragmaFrag</c>); a <c>@jsxFrag</c> comment overrides it.</summary>
    public string JsxFragmentFactory { get; init; } = "React.Fragment";

    /// <summary>The automatic runtime's module prefix (<c>jsxImportSource</c>); a <c>@jsxImportSource</c> comment overrides it.</summary>
    public string JsxImportSource { get; init; } = "react";

    /// <summary>The automatic runtime's development form: <c>jsxDEV</c> from <c>jsx-dev-runtime</c>, with source positions.</summary>
    public bool JsxDevelopment { get; init; }

    /// <summary>TypeScript's <c>verbatimModuleSyntax</c>: only imports and exports marked <c>type</c> are removed.</summary>
    public bool VerbatimModuleSyntax { get; init; }

    /// <summary>TypeScript's <c>useDefineForClassFields</c> (true for targets from ES2022): parameter properties are also declared as class fields.</summary>
    public bool UseDefineForClassFields { get; init; } = true;

    /// <summary>
    /// TypeScript's <c>experimentalDecorators</c> (SWC's <c>legacyDecorator</c>): decorators become
    /// <c>__decorate</c> calls after the class, as TypeScript emits them. Without it decorators are the
    /// standard (2023) ones, emitted as TypeScript emits them for ES2022 (__esDecorate,
    /// __runInitializers); on private or computed-key elements and on class expressions they are an
    /// error for now.
    /// </summary>
    public bool ExperimentalDecorators { get; init; }

    /// <summary>TypeScript's <c>emitDecoratorMetadata</c> (SWC's <c>decoratorMetadata</c>): decorated members and classes get <c>design:type</c>, <c>design:paramtypes</c> and <c>design:returntype</c> metadata.</summary>
    public bool EmitDecoratorMetadata { get; init; }

    /// <summary>
    /// React Refresh (SWC's <c>jsc.transform.react.refresh</c>): components are registered with
    /// <c>$RefreshReg$</c> and hook signatures recorded with <c>$RefreshSig$</c>, as react-refresh/babel does.
    /// </summary>
    public bool ReactRefresh { get; init; }

    /// <summary>The function React Refresh registers components with (<c>refreshReg</c>).</summary>
    public string RefreshRegister { get; init; } = "$RefreshReg$";

    /// <summary>The function React Refresh creates hook signatures with (<c>refreshSig</c>).</summary>
    public string RefreshSignature { get; init; } = "$RefreshSig$";

    /// <summary>
    /// The syntax the target lacks, lowered to older syntax after TypeScript and JSX
    /// (<see cref="SyntaxTarget"/> computes it from <c>es2017</c> or engine versions).
    /// </summary>
    public SyntaxFeatures Lower { get; init; }

    /// <summary>The file's name (in errors and the automatic runtime's development source positions).</summary>
    public string? FileName { get; init; }

    /// <summary>Parse as a module (true), a script (false), or decide by the content (null).</summary>
    public bool? Module { get; init; }
}
