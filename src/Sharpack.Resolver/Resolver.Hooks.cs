// Follows enhanced-resolve lib/ResolverFactory.js (createResolver): the pipeline, one method per
// hook, each running its plugins in the order the factory taps them. A plugin's answer is an
// Outcome; `Run(target, …)` is enhanced-resolve's doResolve, whose caller sees a stop as nothing.
// The plugins themselves are in Resolver.Plugins.cs.

namespace Sharpack.Resolver;

public sealed partial class Resolver
{
    // doResolve: runs the hook and hides a stop from the caller.
    private Outcome Run(Hook hook, in Request request, ResolveContext context)
    {
        var outcome = hook switch
        {
            Hook.Resolve => ParsePlugin(request, context, _fullySpecified, forceNotInternal: false),
            Hook.InternalResolve => InternalResolve(request, context),
            Hook.ImportsResolve => ParsePlugin(request, context, fullySpecified: false, forceNotInternal: true),
            Hook.ParsedResolve => ParsedResolve(request, context),
            Hook.DescribedResolve => DescribedResolve(request, context),
            Hook.RawResolve => RawResolve(request, context),
            Hook.NormalResolve => NormalResolve(request, context),
            Hook.Internal => InternalHook(request, context),
            Hook.ImportsFieldRelative => ImportsFieldRelative(request, context),
            Hook.RawModule => RawModule(request, context),
            Hook.Module => JoinRequestPartPlugin(request, context),
            Hook.ResolveAsModule => ResolveAsModule(request, context),
            Hook.UndescribedResolveInPackage => Described(request, context, pathIsFile: false, Hook.ResolveInPackage),
            Hook.ResolveInPackage => ResolveInPackage(request, context),
            Hook.ResolveInExistingDirectory => JoinRequestPlugin(request, context, Hook.Relative),
            Hook.Relative => Described(request, context, pathIsFile: true, Hook.DescribedRelative),
            Hook.DescribedRelative => DescribedRelative(request, context),
            Hook.Directory => DirectoryExistsPlugin(request, context, Hook.UndescribedExistingDirectory),
            Hook.UndescribedExistingDirectory => UndescribedExistingDirectory(request, context),
            Hook.ExistingDirectory => ExistingDirectory(request, context),
            Hook.UndescribedRawFile => Described(request, context, pathIsFile: true, Hook.RawFile),
            Hook.RawFile => RawFile(request, context),
            Hook.File => FileHook(request, context),
            Hook.FinalFile => FileExistsPlugin(request, context),
            Hook.ExistingFile => ExistingFile(request, context),
            Hook.Resolved => ResolvedHook(request, context),
            _ => Outcome.Continue,
        };
        return outcome.Outside;
    }

    // internal-resolve: re-entry after an alias; the stack check stops alias cycles.
    private Outcome InternalResolve(in Request request, ResolveContext context)
    {
        if (!context.Enter(request))
            return Outcome.Fail($"Recursion in resolving\nStack:\n  internal-resolve: ({request.Path}) {request.RequestText}{request.Query}{request.Fragment}");
        try
        {
            return ParsePlugin(request, context, fullySpecified: false, forceNotInternal: false);
        }
        finally
        {
            context.Leave();
        }
    }

    // A hook whose only plugins are a DescriptionFilePlugin and, after it, a NextPlugin.
    private Outcome Described(in Request request, ResolveContext context, bool pathIsFile, Hook target)
    {
        var outcome = DescriptionFilePlugin(request, context, pathIsFile, target);
        if (!outcome.IsContinue) return outcome;
        return Run(target, request, context);
    }

    private Outcome ParsedResolve(in Request request, ResolveContext context)
        => Described(request, context, pathIsFile: false, Hook.DescribedResolve);

    private Outcome DescribedResolve(in Request request, ResolveContext context)
    {
        var outcome = Run(Hook.RawResolve, request, context);
        if (!outcome.IsContinue) return outcome;
        if (_fallback.Length > 0) return AliasPlugin(_fallback, request, context);
        return Outcome.Continue;
    }

    private Outcome RawResolve(in Request request, ResolveContext context)
    {
        Outcome outcome;
        if (_alias.Length > 0)
        {
            outcome = AliasPlugin(_alias, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        if (_tsConfig is not null)
        {
            outcome = TsConfigAliasPlugin(request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var field in _aliasFields)
        {
            outcome = AliasFieldPlugin(field, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var (extension, aliases) in _extensionAlias)
        {
            outcome = ExtensionAliasPlugin(extension, aliases, request, context, Hook.NormalResolve);
            if (!outcome.IsContinue) return outcome;
        }
        outcome = Run(Hook.NormalResolve, request, context);
        if (_typeScriptSources && outcome.Kind != OutcomeKind.Found && !request.Module && !request.Internal)
            return TypeScriptSourcePlugin(request, context, outcome);
        return outcome;
    }

    private Outcome NormalResolve(in Request request, ResolveContext context)
    {
        Outcome outcome;
        if (_preferRelative)
        {
            outcome = JoinRequestPlugin(request, context, Hook.Relative);
            if (!outcome.IsContinue) return outcome;
        }
        if (request.Module) return Run(Hook.RawModule, request, context).OrStop;
        if (request.Internal) return Run(Hook.Internal, request, context).OrStop;
        if (_preferAbsolute)
        {
            outcome = JoinRequestPlugin(request, context, Hook.Relative);
            if (!outcome.IsContinue) return outcome;
        }
        if (_roots.Length > 0)
        {
            outcome = RootsPlugin(request, context);
            if (!outcome.IsContinue) return outcome;
        }
        if (!_preferRelative && !_preferAbsolute) return JoinRequestPlugin(request, context, Hook.Relative);
        return Outcome.Continue;
    }

    private Outcome InternalHook(in Request request, ResolveContext context)
    {
        foreach (var field in _importsFields)
        {
            var outcome = ImportsFieldPlugin(field, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    private Outcome ImportsFieldRelative(in Request request, ResolveContext context)
    {
        foreach (var (extension, aliases) in _extensionAlias)
        {
            var outcome = ExtensionAliasPlugin(extension, aliases, request, context, Hook.Relative);
            if (!outcome.IsContinue) return outcome;
        }
        return Run(Hook.Relative, request, context);
    }

    private Outcome RawModule(in Request request, ResolveContext context)
    {
        Outcome outcome;
        if (_tsConfig is not null)
        {
            outcome = TsConfigModulesPlugin(request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var field in _exportsFields)
        {
            outcome = SelfReferencePlugin(field, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var entry in _modules)
        {
            outcome = entry.Root is { } root
                ? ModulesInRootPlugin(root, request, context)
                : ModulesInHierarchicalDirectoriesPlugin(entry.Names!, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    private Outcome ResolveAsModule(in Request request, ResolveContext context)
    {
        if (!_resolveToContext && !request.Directory && request.RequestText == ".")
        {
            var outcome = Run(Hook.UndescribedRawFile, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return DirectoryExistsPlugin(request, context, Hook.UndescribedResolveInPackage);
    }

    private Outcome ResolveInPackage(in Request request, ResolveContext context)
    {
        foreach (var field in _exportsFields)
        {
            var outcome = ExportsFieldPlugin(field, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Run(Hook.ResolveInExistingDirectory, request, context);
    }

    private Outcome DescribedRelative(in Request request, ResolveContext context)
    {
        if (_resolveToContext) return Run(Hook.Directory, request, context);
        if (!request.Directory)
        {
            var outcome = Run(Hook.RawFile, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        if (!request.FullySpecified) return Run(Hook.Directory, request, context);
        return Outcome.Continue;
    }

    private Outcome UndescribedExistingDirectory(in Request request, ResolveContext context)
    {
        if (_resolveToContext) return Run(Hook.Resolved, request, context);
        var outcome = DescriptionFilePlugin(request, context, pathIsFile: false, Hook.ExistingDirectory);
        if (!outcome.IsContinue) return outcome;
        foreach (var mainFile in _mainFiles)
        {
            outcome = UseFilePlugin(mainFile, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    private Outcome ExistingDirectory(in Request request, ResolveContext context)
    {
        Outcome outcome;
        foreach (var field in _mainFields)
        {
            outcome = MainFieldPlugin(field, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var mainFile in _mainFiles)
        {
            outcome = UseFilePlugin(mainFile, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    private Outcome RawFile(in Request request, ResolveContext context)
    {
        if (request.FullySpecified) return Run(Hook.File, request, context).OrStop;
        Outcome outcome;
        if (!_enforceExtension)
        {
            outcome = Run(Hook.File, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var extension in _extensions)
        {
            var appended = request with
            {
                Path = request.Path + extension,
                RelativePath = string.IsNullOrEmpty(request.RelativePath) ? request.RelativePath : request.RelativePath + extension,
            };
            outcome = Run(Hook.File, appended, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    private Outcome FileHook(in Request request, ResolveContext context)
    {
        Outcome outcome;
        if (_alias.Length > 0)
        {
            outcome = AliasPlugin(_alias, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        foreach (var field in _aliasFields)
        {
            outcome = AliasFieldPlugin(field, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Run(Hook.FinalFile, request, context);
    }

    private Outcome ExistingFile(in Request request, ResolveContext context)
    {
        if (_symlinks)
        {
            var outcome = SymlinkPlugin(request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Run(Hook.Resolved, request, context);
    }

    private Outcome ResolvedHook(in Request request, ResolveContext context)
    {
        if (request.Path is { } path && !request.Ignored)
        {
            foreach (var restriction in _restrictions)
            {
                if (!PathUtil.IsInside(restriction, path)) return Blocked(context);
            }
            foreach (var pattern in _restrictionPatterns)
            {
                if (!pattern.IsMatch(path)) return Blocked(context);
            }
        }
        // ResultPlugin with yield: report the result and answer nothing, so every other way the
        // request can go is tried too.
        if (context.Yielded is { } yielded)
        {
            yielded.Add(request);
            return Outcome.Stop;
        }
        return Outcome.Found(request);
    }

    private static Outcome Blocked(ResolveContext context)
    {
        context.RestrictionBlocked = true;
        return Outcome.Stop;
    }
}
