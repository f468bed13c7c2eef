// `dotenv` (webpack 5.112's DotenvPluginOptions): which .env files a build reads and which of
// their variables (and of the environment's) become process.env.X and import.meta.env.X.

namespace Sharpack.Core.Options;

/// <summary><c>dotenv</c>: <c>true</c> or an object; absent or <c>false</c> is no <see cref="DotenvOptions"/> at all.</summary>
public sealed class DotenvOptions
{
    /// <summary>webpack's default <c>template</c>: the files read, later ones overriding earlier ones.</summary>
    public static readonly IReadOnlyList<string> DefaultTemplate = [".env", ".env.local", ".env.[mode]", ".env.[mode].local"];

    /// <summary><c>dotenv.prefix</c>: only variables starting with one of these are exposed (<c>WEBPACK_</c> by default).</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = ["WEBPACK_"];

    /// <summary><c>dotenv.dir</c>: the absolute folder the files are read from; null for the context.</summary>
    public string? Dir { get; init; }

    /// <summary><c>dotenv.dir: false</c>: no file is read, only the environment's variables are exposed.</summary>
    public bool DirDisabled { get; init; }

    /// <summary><c>dotenv.template</c>: the file names, <c>[mode]</c> standing for the mode.</summary>
    public IReadOnlyList<string> Template { get; init; } = DefaultTemplate;
}
