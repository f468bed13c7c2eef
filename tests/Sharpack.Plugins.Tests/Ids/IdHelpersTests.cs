// The id helpers the id plugins share: ascending ids that skip those already taken, and
// deterministic ids that avoid them.

using Sharpack.Plugins.Ids;
using Xunit;

namespace Sharpack.Plugins.Tests.Ids;

public sealed class IdHelpersTests
{
    [Fact]
    public void Ids_already_taken_are_avoided()
    {
        var ids = new List<string>();
        IdHelpers.AssignDeterministicIds(["./src/a.js"], static n => n, (_, id) => ids.Add(id), []);
        // hash("./src/a.js0") in a range of 1000 is 967 (webpack 5.112.2's numberHash).
        Assert.Equal(["967"], ids);
        ids.Clear();
        IdHelpers.AssignDeterministicIds(["./src/a.js"], static n => n, (_, id) => ids.Add(id), ["967"]);
        Assert.NotEqual("967", Assert.Single(ids));
        var ascending = new List<string>();
        IdHelpers.AssignAscendingIds(["x", "y", "z"], (_, id) => ascending.Add(id), ["1"]);
        Assert.Equal(["0", "2", "3"], ascending);
    }

    [Theory]
    [InlineData("./src/a.js", "src_a_js")]
    [InlineData("../lib/x-y.js", "lib_x-y_js")]
    [InlineData("./node_modules/@scope/pkg/index.js", "node_modules_scope_pkg_index_js")]
    public void Request_to_id_follows_webpack(string request, string expected) => Assert.Equal(expected, IdHelpers.RequestToId(request));

    [Theory]
    [InlineData("/app/src/a.js", "./src/a.js")]
    [InlineData("/app/src/a.js?x=1", "./src/a.js?x=1")]
    [InlineData("/lib/b.js", "../lib/b.js")]
    [InlineData("/app", "./.")]
    [InlineData("/", "../.")]
    [InlineData("/app/loader.js!/app/src/a.js", "./loader.js!./src/a.js")]
    // A context module: its folder and query between "|", its RegExp (ending in "/") kept.
    [InlineData("/app/src/locale|sync|/^\\.\\/.*$/", "./src/locale|sync|/^\\.\\/.*$/")]
    [InlineData("css|/app/src/a.css", "css|./src/a.css")]
    public void FullModuleName_is_webpacks_makePathsRelative(string identifier, string expected) =>
        Assert.Equal(expected, Sharpack.Core.ModuleGraph.RequestShortener.FullModuleName(identifier, "/app"));

    [Fact]
    public void Hashes_in_id_names_use_webpacks_md4_unless_a_hash_function_is_configured()
    {
        // Expectations from webpack 5.113's util/createHash over "./src/a.js".
        Assert.Equal("6e1c", IdHelpers.ShortHash("./src/a.js", new Core.Options.OutputOptions { Path = "/dist" }));
        Assert.Equal("be6b", IdHelpers.ShortHash("./src/a.js", new Core.Options.OutputOptions { Path = "/dist", HashFunction = "xxhash64", HashFunctionConfigured = true }));
    }
}
