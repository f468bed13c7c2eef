// webpack's escapeHashInPathRequest (issue 16819): a path request with a query, inside a folder
// whose name holds `#`, has that `#` escaped for the resolver; fragments and module requests stay.

using Sharpack.Core.Make;
using Xunit;

namespace Sharpack.Core.Tests.Make;

public sealed class HashInPathRequestTests
{
    [Theory]
    [InlineData("/home/me/proj#1/index.js?port=1", "/home/me/proj\0#1/index.js?port=1")]
    [InlineData("./#dir/index.js?protocol=ws", "./\0#dir/index.js?protocol=ws")]
    [InlineData("../a#b/c#d/e.js?x", "../a\0#b/c\0#d/e.js?x")]
    [InlineData("C:\\proj#1\\index.js?x", "C:\\proj\0#1\\index.js?x")]
    // Already escaped, a fragment after the last separator, no query, a module request: as they are.
    [InlineData("./a\0#b/c.js?x", "./a\0#b/c.js?x")]
    [InlineData("/proj/file.js#fragment?x", "/proj/file.js#fragment?x")]
    [InlineData("/proj#1/index.js", "/proj#1/index.js")]
    [InlineData("pkg#1/index.js?x", "pkg#1/index.js?x")]
    [InlineData("./a.js?x#y", "./a.js?x#y")]
    public void A_hash_in_a_folder_of_a_path_request_with_a_query_is_escaped(string request, string expected) =>
        Assert.Equal(expected, MakePhase.EscapeHashInPathRequest(request));
}
