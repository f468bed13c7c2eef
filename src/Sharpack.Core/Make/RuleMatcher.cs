// Follows webpack lib/rules/RuleSetCompiler.js (execRule) and lib/NormalModuleFactory.js (how the
// effects combine): every rule whose conditions all hold contributes its effects in order, then
// its nested `rules` (each that matches) and `oneOf` (the first that matches). A later `type` wins;
// `parser` objects are applied in order (OptionsNormalizer.ResolveJavascriptParserOptions).

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Resolver;

namespace Sharpack.Core.Make;

/// <summary>The values of a module request that rule conditions test (webpack's effect data).</summary>
/// <param name="Resource">The resolved path, without query and fragment.</param>
/// <param name="ResourceQuery">The query with its <c>?</c>, or "".</param>
/// <param name="ResourceFragment">The fragment with its <c>#</c>, or "".</param>
/// <param name="Issuer">The importing module's path, "" for an entry.</param>
/// <param name="Description">The nearest package.json of the resource, if any.</param>
/// <param name="Compiler">The name of the compiler building the module (the configuration's name), or null.</param>
/// <param name="Dependency">The requesting dependency's category as webpack names it (<c>esm</c>, <c>commonjs</c>, <c>url</c>).</param>
internal readonly record struct RuleData(string Resource, string ResourceQuery = "", string ResourceFragment = "", string Issuer = "", DescriptionFile? Description = null, string? Compiler = null, string Dependency = "esm")
{
    /// <summary>The importing module's layer, "" for none (webpack's contextInfo.issuerLayer).</summary>
    public string IssuerLayer { get; init; } = "";

    /// <summary>The phase of the requesting import: <c>evaluation</c>, <c>defer</c> or <c>source</c> (webpack's resolveData.phase).</summary>
    public string Phase { get; init; } = "evaluation";

    /// <summary>The request's import attributes (<c>with { type: "json" }</c>), or null (webpack's resourceData.data.with / assertions).</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }

    /// <summary>The scheme of the resource when it is a URL (<c>data</c>), else null (webpack's resourceData.data.scheme).</summary>
    public string? Scheme => Resource.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "data" : null;

    /// <summary>The mimetype of a data: URI resource, else null (webpack's resourceData.data.mimetype).</summary>
    public string? Mimetype => Scheme == "data" ? ModuleGraph.DataUri.MimeType(Resource) : null;

}

/// <summary>What the matching rules decided for one request.</summary>
internal sealed class RuleEffects
{
    /// <summary>The last <c>type</c> set by a matching rule, or null.</summary>
    public string? Type { get; set; }

    /// <summary>The <c>parser</c> objects of the matching rules, in order.</summary>
    public List<JsonObject> Parsers { get; } = [];

    /// <summary>The paths of the rules that set <see cref="Parsers"/>, joined: equal keys mean equal parser effects.</summary>
    public string ParserKey => _parserKey?.ToString() ?? "";

    private StringBuilder? _parserKey;

    /// <summary>The <c>generator</c> objects of the matching rules, in order, or null when none.</summary>
    public List<JsonObject>? Generators { get; private set; }

    /// <summary>The loaders of matching rules with <c>enforce: "post"</c>, or null when none.</summary>
    public List<ModuleGraph.LoaderItem>? PostLoaders { get; private set; }

    /// <summary>The loaders of matching rules without <c>enforce</c>, or null when none.</summary>
    public List<ModuleGraph.LoaderItem>? NormalLoaders { get; private set; }

    /// <summary>The loaders of matching rules with <c>enforce: "pre"</c>, or null when none.</summary>
    public List<ModuleGraph.LoaderItem>? PreLoaders { get; private set; }

    /// <summary>The last <c>sideEffects</c> set by a matching rule, or null.</summary>
    public bool? SideEffects { get; private set; }

    /// <summary>The last <c>extractSourceMap</c> set by a matching rule, or null.</summary>
    public bool? ExtractSourceMap { get; private set; }

    /// <summary>The last <c>layer</c> set by a matching rule, or null.</summary>
    public string? Layer { get; private set; }

    /// <summary>The matching rules that have <c>resolve</c> options, in order (later ones win), or null when none.</summary>
    public List<ModuleRule>? ResolveRules { get; private set; }

    internal void Apply(ModuleRule rule, in RuleData data)
    {
        if (rule.Type is not null)
            Type = rule.Type;
        if (rule.SideEffects is { } sideEffects)
            SideEffects = sideEffects;
        if (rule.ExtractSourceMap is { } extract)
            ExtractSourceMap = extract;
        if (rule.Layer is { } layer)
            Layer = layer;
        var use = rule.UseFunction is { } useFunction ? useFunction(EffectData(data)) : rule.Use;
        if (use.Count > 0)
        {
            var loaders = rule.Enforce switch
            {
                "post" => PostLoaders ??= [],
                "pre" => PreLoaders ??= [],
                _ => NormalLoaders ??= [],
            };
            loaders.AddRange(use);
        }
        if (rule.Generator is not null)
            (Generators ??= []).Add(rule.Generator);
        if (rule.Resolve is not null)
            (ResolveRules ??= []).Add(rule);
        if (rule.Parser is not null)
        {
            Parsers.Add(rule.Parser);
            (_parserKey ??= new StringBuilder()).Append(rule.Path).Append('|');
        }
    }

    // webpack's effect data, which a `use` function is given (a fresh object each call: the function may change it).
    private static JsonObject EffectData(in RuleData data) => new()
    {
        ["resource"] = data.Resource,
        ["realResource"] = data.Resource,
        ["resourceQuery"] = data.ResourceQuery,
        ["resourceFragment"] = data.ResourceFragment,
        ["issuer"] = data.Issuer,
        ["issuerLayer"] = data.IssuerLayer,
        ["dependency"] = data.Dependency,
        ["phase"] = data.Phase,
        ["descriptionData"] = data.Description is { } description ? JsonNode.Parse(description.Data.GetRawText()) : null,
    };
}

internal static class RuleMatcher
{
    /// <summary>
    /// Runs <paramref name="rules"/> on <paramref name="data"/> and collects the effects of those that
    /// match; <paramref name="markUsed"/> false for a probe that no module asked for (performance.unusedRules).
    /// </summary>
    public static RuleEffects Exec(IReadOnlyList<ModuleRule> rules, in RuleData data, bool markUsed = true)
    {
        var effects = new RuleEffects();
        foreach (var rule in rules)
            ExecRule(rule, data, effects, markUsed);
        return effects;
    }

    /// <summary>True when every condition of <paramref name="rule"/> itself holds (nested rules aside).</summary>
    public static bool Matches(ModuleRule rule, in RuleData data)
    {
        foreach (var entry in rule.Conditions)
        {
            var present = TryGetValue(entry, data, out var value);
            if (present ? !entry.Condition.IsMatch(value) : !entry.Condition.MatchesWhenEmpty)
                return false;
        }
        return true;
    }

    private static bool ExecRule(ModuleRule rule, in RuleData data, RuleEffects effects, bool markUsed)
    {
        if (!Matches(rule, data))
            return false;
        if (markUsed && !rule.Used)
            rule.MarkUsed();
        effects.Apply(rule, data);
        foreach (var child in rule.Rules)
            ExecRule(child, data, effects, markUsed);
        foreach (var child in rule.OneOf)
        {
            if (ExecRule(child, data, effects, markUsed))
                break;
        }
        return true;
    }

    // False when the request has no such value (a missing package.json field); a present value
    // that is not a string comes back as null, which no string or RegExp matches.
    private static bool TryGetValue(RuleConditionEntry entry, in RuleData data, out string? value)
    {
        switch (entry.Property)
        {
            case RuleDataProperty.Resource or RuleDataProperty.RealResource:
                value = data.Resource;
                return true;
            case RuleDataProperty.ResourceQuery:
                value = data.ResourceQuery;
                return true;
            case RuleDataProperty.ResourceFragment:
                value = data.ResourceFragment;
                return true;
            case RuleDataProperty.Issuer:
                value = data.Issuer;
                return true;
            case RuleDataProperty.IssuerLayer:
                value = data.IssuerLayer;
                return true;
            case RuleDataProperty.Compiler:
                value = data.Compiler;
                return value is not null;
            case RuleDataProperty.Dependency:
                value = data.Dependency;
                return true;
            case RuleDataProperty.Scheme:
                value = data.Scheme;
                return value is not null;
            case RuleDataProperty.Phase:
                value = data.Phase;
                return true;
            case RuleDataProperty.Mimetype:
                value = data.Mimetype;
                return value is not null;
            case RuleDataProperty.With:
                value = null;
                return data.Attributes is { } attributes && attributes.TryGetValue(entry.DataPath![0], out value);
            default:
                return TryGetDescriptionValue(data.Description, entry.DataPath!, out value);
        }
    }

    private static bool TryGetDescriptionValue(DescriptionFile? description, IReadOnlyList<string> path, out string? value)
    {
        value = null;
        if (description is null)
            return false;
        var current = description.Data;
        foreach (var part in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return false;
        }
        value = current.ValueKind == JsonValueKind.String ? current.GetString() : null;
        return true;
    }
}
