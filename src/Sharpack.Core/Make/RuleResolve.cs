// webpack's rule.resolve: the resolve options of the rules that matched a module, merged (later
// rules win), applied over `resolve` when that module's own requests are resolved; one resolver per
// dependency category (and strict ES module importer), made on first use.

using System.Collections.Concurrent;
using Sharpack.Core.ModuleGraph;
using ResolverOptions = Sharpack.Resolver.ResolveOptions;

namespace Sharpack.Core.Make;

internal sealed class RuleResolve(ResolverOptions options)
{
    private readonly ConcurrentDictionary<int, Sharpack.Resolver.Resolver> _resolvers = new();

    /// <summary>The options the rules set (unset fields are null: the base options keep theirs).</summary>
    public ResolverOptions Options { get; } = options;

    /// <summary>The resolver for <paramref name="category"/> from a strict (or not) ES module, made by <paramref name="create"/> once.</summary>
    public Sharpack.Resolver.Resolver For(DependencyCategory category, bool strict, Func<DependencyCategory, bool, ResolverOptions, Sharpack.Resolver.Resolver> create) =>
        _resolvers.GetOrAdd(((int)category << 1) | (strict ? 1 : 0), static (_, state) => state.Create(state.Category, state.Strict, state.Options),
            (Create: create, Category: category, Strict: strict, Options));

    /// <summary>
    /// <paramref name="over"/> applied on <paramref name="under"/> as webpack's cleverMerge does:
    /// set fields win, lists replace (<c>"..."</c> keeps the entries under), alias and fallback
    /// objects merge key by key.
    /// </summary>
    public static ResolverOptions Over(ResolverOptions under, ResolverOptions over) => MakePhase.Merge(under, over) with
    {
        Alias = MergeAliases(under.Alias, over.Alias),
        Fallback = MergeAliases(under.Fallback, over.Fallback),
    };

    private static IReadOnlyList<Sharpack.Resolver.AliasEntry>? MergeAliases(IReadOnlyList<Sharpack.Resolver.AliasEntry>? under, IReadOnlyList<Sharpack.Resolver.AliasEntry>? over)
    {
        if (over is null || under is null || under.Count == 0)
            return over ?? under;
        var merged = new List<Sharpack.Resolver.AliasEntry>(under.Count + over.Count);
        foreach (var entry in under)
        {
            var replaced = false;
            foreach (var other in over)
            {
                if (other.Name == entry.Name && other.OnlyModule == entry.OnlyModule)
                {
                    merged.Add(other);
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                merged.Add(entry);
        }
        foreach (var other in over)
        {
            if (!merged.Contains(other))
                merged.Add(other);
        }
        return merged;
    }

    /// <summary>The options of <paramref name="rule"/>'s <c>resolve</c> that it sets, with null for the rest.</summary>
    public static ResolverOptions Partial(Options.ModuleRule rule) => Partial(rule.Resolve!);

    /// <summary>The options of <paramref name="resolve"/> that its configuration gave (<see cref="Options.ResolveOptions.GivenKeys"/>), with null for the rest.</summary>
    public static ResolverOptions Partial(Options.ResolveOptions resolve)
    {
        var full = MakePhase.ToResolverOptions(resolve);
        var keys = resolve.GivenKeys ?? new HashSet<string>();
        bool Has(string key) => keys.Contains(key);
        return new ResolverOptions
        {
            Extensions = Has("extensions") ? full.Extensions : null,
            MainFields = Has("mainFields") ? full.MainFields : null,
            ConditionNames = Has("conditionNames") ? full.ConditionNames : null,
            Modules = Has("modules") ? full.Modules : null,
            MainFiles = Has("mainFiles") ? full.MainFiles : null,
            Symlinks = Has("symlinks") ? full.Symlinks : null,
            Alias = Has("alias") ? full.Alias ?? [] : null,
            Fallback = Has("fallback") ? full.Fallback ?? [] : null,
            ExtensionAlias = Has("extensionAlias") ? full.ExtensionAlias : null,
            ExportsFields = Has("exportsFields") ? full.ExportsFields : null,
            ImportsFields = Has("importsFields") ? full.ImportsFields : null,
            AliasFields = Has("aliasFields") ? full.AliasFields : null,
            DescriptionFiles = Has("descriptionFiles") ? full.DescriptionFiles : null,
            FullySpecified = Has("fullySpecified") ? full.FullySpecified : null,
            EnforceExtension = Has("enforceExtension") ? full.EnforceExtension : null,
            PreferRelative = Has("preferRelative") ? full.PreferRelative : null,
            PreferAbsolute = Has("preferAbsolute") ? full.PreferAbsolute : null,
            Roots = Has("roots") ? full.Roots : null,
            Restrictions = Has("restrictions") ? full.Restrictions : null,
            RestrictionPatterns = Has("restrictions") ? full.RestrictionPatterns : null,
            TsConfig = Has("tsconfig") ? full.TsConfig : null,
        };
    }
}
