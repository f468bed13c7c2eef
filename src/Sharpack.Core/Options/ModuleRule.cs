// One of `module.rules`, compiled as webpack's RuleSetCompiler compiles it: a list of conditions,
// each on one value of the module request (BasicMatcherRulePlugin, ObjectMatcherRulePlugin for
// descriptionData), the effects the rule contributes when they all hold (BasicEffectRulePlugin:
// type, parser; UseEffectRulePlugin: use or loader + options, with enforce), and nested `rules` (all that match apply) and `oneOf` (the first that matches).

using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

/// <summary>The value of a module request a rule condition tests (webpack's effect data).</summary>
public enum RuleDataProperty
{
    /// <summary>The resolved path without query (<c>test</c>, <c>include</c>, <c>exclude</c>, <c>resource</c>).</summary>
    Resource,
    /// <summary>The resolved path, ignoring a match resource (<c>realResource</c>); equal to <see cref="Resource"/> here.</summary>
    RealResource,
    /// <summary>The query with its <c>?</c>, or "" (<c>resourceQuery</c>).</summary>
    ResourceQuery,
    /// <summary>The fragment with its <c>#</c>, or "" (<c>resourceFragment</c>).</summary>
    ResourceFragment,
    /// <summary>The path of the importing module, "" for an entry (<c>issuer</c>).</summary>
    Issuer,
    /// <summary>A field of the nearest package.json (<c>descriptionData</c>), named by <see cref="RuleConditionEntry.DataPath"/>.</summary>
    DescriptionData,
    /// <summary>The name of the compiler building the module (<c>compiler</c>): the configuration's <c>name</c>; absent without one.</summary>
    Compiler,
    /// <summary>The category of the dependency the module is requested by (<c>dependency</c>): <c>esm</c>, <c>commonjs</c>, <c>url</c>….</summary>
    Dependency,
    /// <summary>The scheme of a resource that is a URL (<c>scheme</c>): <c>data</c> for a data: URI; absent for a path.</summary>
    Scheme,
    /// <summary>The mimetype of a data: URI resource (<c>mimetype</c>); absent for a path.</summary>
    Mimetype,
    /// <summary>The layer of the importing module, "" for none (<c>issuerLayer</c>).</summary>
    IssuerLayer,
    /// <summary>The phase of the requesting import (<c>phase</c>): <c>evaluation</c>, <c>defer</c> (<c>import defer</c>) or <c>source</c> (<c>import source</c>).</summary>
    Phase,
    /// <summary>An import attribute (<c>with: { type: … }</c>, or the older <c>assert</c>), named by <see cref="RuleConditionEntry.DataPath"/>; absent when the import has none.</summary>
    With,
}

/// <summary>One condition of a rule: which value it tests, and how.</summary>
/// <param name="Property">The value tested.</param>
/// <param name="Condition">The test.</param>
/// <param name="DataPath">For <see cref="RuleDataProperty.DescriptionData"/>: the field, split at dots (<c>exports.node</c>).</param>
public sealed record RuleConditionEntry(RuleDataProperty Property, RuleCondition Condition, IReadOnlyList<string>? DataPath = null);

/// <summary>One of <c>module.rules</c> (or of a rule's <c>rules</c> / <c>oneOf</c>).</summary>
public sealed class ModuleRule
{
    /// <summary>Where the rule is in the configuration, e.g. <c>configuration.module.rules[1].oneOf[0]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Where webpack's rule set has the rule (<c>ruleSet[1].rules[0].oneOf[1]</c>: falsy items left out of the indexes).</summary>
    public string WebpackPath { get; init; } = "";

    /// <summary>webpack's describeRule: what names the rule to its author (<c> (test: /\.js$/)</c>), or "".</summary>
    public string Description { get; init; } = "";

    private volatile bool _used;

    /// <summary>Whether the rule's own conditions ever held for a module of the build (webpack's rule.used).</summary>
    public bool Used => _used;

    /// <summary>Records that the rule matched a module.</summary>
    internal void MarkUsed() => _used = true;

    /// <summary>The conditions, all of which must hold: <c>test</c>, <c>include</c>, <c>exclude</c> (negated), <c>resource</c>, …</summary>
    public IReadOnlyList<RuleConditionEntry> Conditions { get; init; } = [];

    /// <summary><c>type</c>: <c>javascript/auto</c>, <c>javascript/esm</c>, <c>javascript/dynamic</c>, <c>json</c>…; null when not set.</summary>
    public string? Type { get; init; }

    /// <summary><c>sideEffects</c>: whether the matched modules have side effects (overrides package.json's flag); null when not set.</summary>
    public bool? SideEffects { get; init; }

    /// <summary><c>extractSourceMap</c>: read the source map a matched resource names in its <c>sourceMappingURL</c> comment (when source maps are on); null when not set.</summary>
    public bool? ExtractSourceMap { get; init; }

    /// <summary><c>parser</c>: options for the module's parser, deep-merged over earlier rules' and the global <c>module.parser</c>; null when not set.</summary>
    public JsonObject? Parser { get; init; }

    /// <summary><c>generator</c>: options for the module's generator, merged over earlier rules' and <c>module.generator[type]</c>; null when not set.</summary>
    public JsonObject? Generator { get; init; }

    /// <summary><c>layer</c>: the layer of the modules the rule matches; null when not set.</summary>
    public string? Layer { get; init; }

    /// <summary>
    /// The rule's <c>resolve</c>: options for resolving the requests of the modules it matches,
    /// over <c>resolve</c>; only its <see cref="ResolveOptions.GivenKeys"/> were given (the rest are defaults).
    /// </summary>
    public ResolveOptions? Resolve { get; init; }

    /// <summary><c>use</c>, or <c>loader</c> with <c>options</c>: the loaders the rule adds, leftmost first.</summary>
    public IReadOnlyList<ModuleGraph.LoaderItem> Use { get; init; } = [];

    /// <summary>
    /// <c>use</c> as a function (or holding one): given webpack's effect data for a module the rule
    /// matches (<c>resource</c>, <c>resourceQuery</c>, <c>issuer</c>, …), the loaders to add; null
    /// when <c>use</c> is data (<see cref="Use"/>).
    /// </summary>
    public Func<JsonObject, IReadOnlyList<ModuleGraph.LoaderItem>>? UseFunction { get; init; }

    /// <summary><c>enforce</c>: <c>pre</c> or <c>post</c> for pre and post loaders; null for normal ones.</summary>
    public string? Enforce { get; init; }

    /// <summary><c>rules</c>: sub-rules that all apply when they match (after this rule's own effects).</summary>
    public IReadOnlyList<ModuleRule> Rules { get; init; } = [];

    /// <summary><c>oneOf</c>: sub-rules of which only the first that matches applies.</summary>
    public IReadOnlyList<ModuleRule> OneOf { get; init; } = [];
}
