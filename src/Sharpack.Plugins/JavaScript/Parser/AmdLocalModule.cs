// Follows webpack lib/dependencies/LocalModule.js and LocalModulesHelpers.js: `define("name", …)`
// in a file makes "name" a module of that file, kept in a variable; `require("name")`, an AMD
// array item "name" (or one relative to the defining module's name, "./x" in "a/b") reads the
// variable. Only a local module something reads is kept in a variable: an unused one is an
// ordinary define that sets module.exports.

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>A module defined by name inside a file with AMD <c>define("name", …)</c>.</summary>
public sealed class AmdLocalModule(string name, int index)
{
    /// <summary>The name given to define.</summary>
    public string Name { get; } = name;

    /// <summary>The variable holding its exports (webpack's variableName).</summary>
    public string VariableName { get; } = "__WEBPACK_LOCAL_MODULE_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "__";

    /// <summary>Something in the file reads it (set while parsing, read by the define's template).</summary>
    public bool Used { get; internal set; }

    /// <summary>
    /// <paramref name="request"/> resolved against the name of the module defining it (webpack's
    /// lookup): a request not starting with "." is itself; "./x" and "../x" are relative to the
    /// defining name's folder.
    /// </summary>
    public static string Lookup(string parent, string request)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Length == 0 || request[0] != '.')
            return request;
        var path = new List<string>(parent.Split('/'));
        path.RemoveAt(path.Count - 1);
        foreach (var segment in request.Split('/'))
        {
            if (segment == "..")
            {
                if (path.Count > 0) path.RemoveAt(path.Count - 1);
            }
            else if (segment != ".")
            {
                path.Add(segment);
            }
        }
        return string.Join('/', path);
    }
}
