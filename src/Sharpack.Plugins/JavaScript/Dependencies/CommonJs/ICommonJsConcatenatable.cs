// webpack's Dependency.canConcatenate for the CommonJS forms (optimization.concatenateModules.commonjs):
// a `require("x")` with a literal request, its member chains, `module.exports = require("x")` and the
// module's references to its own exports leave the module concatenatable along them.

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>A CommonJS dependency a concatenation may follow (its target then runs wrapped inside).</summary>
public interface ICommonJsConcatenatable
{
    /// <summary>Whether this occurrence may be rewritten to the wrapped module's accessor.</summary>
    bool CanConcatenate { get; }
}
