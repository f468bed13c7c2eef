// Follows enhanced-resolve lib/ResolverFactory.js: the named hooks of the resolution pipeline, in
// the order a request usually meets them. Each is one method of Resolver.Hooks.cs.

namespace Sharpack.Resolver;

/// <summary>A stage of the resolution pipeline.</summary>
internal enum Hook : byte
{
    Resolve,
    InternalResolve,
    ImportsResolve,
    ParsedResolve,
    DescribedResolve,
    RawResolve,
    NormalResolve,
    Internal,
    ImportsFieldRelative,
    RawModule,
    Module,
    ResolveAsModule,
    UndescribedResolveInPackage,
    ResolveInPackage,
    ResolveInExistingDirectory,
    Relative,
    DescribedRelative,
    Directory,
    UndescribedExistingDirectory,
    ExistingDirectory,
    UndescribedRawFile,
    RawFile,
    File,
    FinalFile,
    ExistingFile,
    Resolved,
}
