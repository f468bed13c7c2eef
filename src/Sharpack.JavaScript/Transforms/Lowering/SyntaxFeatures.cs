// The syntax the lowering pass can rewrite for an older target, one flag each, named after the
// features of the ECMAScript editions that brought them (and esbuild's compat table).

namespace Sharpack.JavaScript.Transforms;

/// <summary>Syntax features that <see cref="SourceTransformer"/> can lower (rewrite in older syntax).</summary>
[Flags]
public enum SyntaxFeatures : uint
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>ES2016 <c>a ** b</c> and <c>a **= b</c> (to <c>Math.pow</c>).</summary>
    ExponentOperator = 1 << 0,
    /// <summary>ES2018 object spread <c>{ ...a }</c> and object rest <c>{ a, ...rest } = b</c>.</summary>
    ObjectRestSpread = 1 << 1,
    /// <summary>ES2019 <c>catch { }</c> without a binding.</summary>
    OptionalCatchBinding = 1 << 2,
    /// <summary>ES2020 <c>a?.b</c>, <c>a?.[b]</c>, <c>a?.()</c>.</summary>
    OptionalChain = 1 << 3,
    /// <summary>ES2020 <c>a ?? b</c>.</summary>
    NullishCoalescing = 1 << 4,
    /// <summary>ES2021 <c>a ||= b</c>, <c>a &amp;&amp;= b</c>, <c>a ??= b</c>.</summary>
    LogicalAssignment = 1 << 5,
    /// <summary>ES2021 <c>1_000</c>.</summary>
    NumericSeparator = 1 << 6,
    /// <summary>ES2022 public instance fields.</summary>
    ClassField = 1 << 7,
    /// <summary>ES2022 public static fields.</summary>
    ClassStaticField = 1 << 8,
    /// <summary>ES2022 private fields (instance and static).</summary>
    ClassPrivateField = 1 << 9,
    /// <summary>ES2022 private methods and accessors (instance and static).</summary>
    ClassPrivateMethod = 1 << 10,
    /// <summary>ES2022 <c>#x in obj</c>.</summary>
    ClassPrivateBrandCheck = 1 << 11,
    /// <summary>ES2022 <c>static { }</c> blocks.</summary>
    ClassStaticBlock = 1 << 12,

    /// <summary>Every class feature of ES2022.</summary>
    ClassFeatures = ClassField | ClassStaticField | ClassPrivateField | ClassPrivateMethod | ClassPrivateBrandCheck | ClassStaticBlock,
    /// <summary>Every feature the pass lowers.</summary>
    All = ExponentOperator | ObjectRestSpread | OptionalCatchBinding | OptionalChain | NullishCoalescing | LogicalAssignment | NumericSeparator | ClassFeatures,
}
