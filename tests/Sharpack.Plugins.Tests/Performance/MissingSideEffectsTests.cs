// performance.missingSideEffects: a package whose modules stay bundled with none of their exports
// used, because its package.json does not declare sideEffects, is named with the bytes it keeps;
// a package that declares the field is not.

using Sharpack.Plugins.Tests.Snapshots;
using Xunit;

namespace Sharpack.Plugins.Tests.Performance;

public sealed class MissingSideEffectsTests
{
    private static Dictionary<string, string> Files(string packageJson) => new(StringComparer.Ordinal)
    {
        ["src/index.js"] = "import { used } from 'leaky';\nconsole.log(used);\n",
        ["src/node_modules/leaky/package.json"] = packageJson,
        ["src/node_modules/leaky/index.js"] = "export { used } from './used';\nexport { unused } from './unused';\n",
        ["src/node_modules/leaky/used.js"] = "export const used = 1;\n",
        ["src/node_modules/leaky/unused.js"] = "export const unused = 2;\nconsole.log('loaded');\n",
    };

    private const string Options = """
        { "mode": "production", "optimization": { "minimize": false }, "performance": { "hints": "warning", "missingSideEffects": true } }
        """;

    [Fact]
    public void A_package_without_sideEffects_that_keeps_unused_modules_is_named()
    {
        var build = BundlerSnapshot.Build(Files("""{ "name": "leaky", "version": "1.0.0" }"""), Options);
        Assert.Empty(build.Stats!.Errors);
        var warning = Assert.Single(build.Stats.Warnings, w => w.Message.StartsWith("missing sideEffects:", StringComparison.Ordinal));
        Assert.Matches(@"^missing sideEffects: 1 package keeps \d+ bytes of unused code because its package\.json does not declare 'sideEffects':\n  leaky \(\d+ bytes in 1 module\)\n", warning.Message);
    }

    [Fact]
    public void A_package_that_declares_sideEffects_is_not_named()
    {
        var build = BundlerSnapshot.Build(Files("""{ "name": "leaky", "version": "1.0.0", "sideEffects": true }"""), Options);
        Assert.Empty(build.Stats!.Errors);
        Assert.DoesNotContain(build.Stats.Warnings, w => w.Message.StartsWith("missing sideEffects:", StringComparison.Ordinal));
    }
}
