// Gives local names the shortest names that keep every reference meaning what it meant: which
// names may be handed out (never a word, a global the program reads, a name in a scope a direct
// eval or a with can see, a kept name), in which order (the characters the output uses most
// first), and which symbols keep theirs; NameAssigner gives the names scope by scope. Exported
// bindings are renamed too: the printer exports them under their own names.

using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

/// <summary>Options of <see cref="Mangler"/>.</summary>
public sealed class MangleOptions
{
    /// <summary>Renames the program's top-level names too (always in a module, whose top level is its own); terser's <c>toplevel</c>.</summary>
    public bool TopLevel { get; init; }

    /// <summary>Names never given and never changed (terser's <c>reserved</c>).</summary>
    public IReadOnlyCollection<string> Reserved { get; init; } = [];

    /// <summary>Keeps function names (terser's <c>keep_fnames</c>).</summary>
    public bool KeepFunctionNames { get; init; }

    /// <summary>Keeps class names (terser's <c>keep_classnames</c>).</summary>
    public bool KeepClassNames { get; init; }
}

/// <summary>Chooses short names for a program's local bindings.</summary>
public static class Mangler
{
    // Words a binding may not be named, and globals a new name must not hide even when unread here.
    private static readonly HashSet<string> s_unavailable = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
        "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
        "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected",
        "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity", "async", "of", "get", "set",
    };

    // The characters of generated names, most common in JavaScript first (better for gzip).
    private const string FirstChars = "etnrisoaclduhpfmgvbyxwkqjzETNRISOACLDUHPFMGVBYXWKQJZ_$";
    private const string OtherChars = FirstChars + "0123456789";

    /// <summary>
    /// New names by symbol for <paramref name="scopes"/> (the tree of <paramref name="isModule"/>'s
    /// program): an entry per symbol, null where the name stays. Given the program's
    /// <paramref name="source"/>, the names are made of the characters the rest of the output uses
    /// most (terser's and esbuild's character frequency), which gzip compresses better; the
    /// symbols in <paramref name="dropped"/> (declarations a compressor removed) get no name and
    /// reserve none.
    /// </summary>
    public static string?[] Mangle(ScopeTree scopes, bool isModule, MangleOptions? options = null, string? source = null, IReadOnlyList<Ast.Comment>? comments = null, IReadOnlySet<int>? dropped = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        options ??= new MangleOptions();
        var symbols = scopes.Symbols;
        var scopeList = scopes.Scopes;
        var names = new string?[symbols.Length];

        // Which scopes a direct eval can see into: their names stay.
        var reserved = new HashSet<string>(s_unavailable, StringComparer.Ordinal);
        foreach (var name in scopes.UnresolvedNames)
            reserved.Add(name);
        foreach (var name in options.Reserved)
            reserved.Add(name);

        var renamable = new bool[symbols.Length];
        for (var i = 0; i < symbols.Length; i++)
        {
            ref readonly var symbol = ref symbols[i];
            var keep = symbol.Kind == SymbolKind.Arguments
                || (symbol.Scope == scopes.RootScope && !isModule && !options.TopLevel)
                || (symbol.Flags & SymbolFlags.UsedInWith) != 0
                || scopes.IsTaintedByEval(symbol.Scope)
                || scopes.IsInsideWith(symbol.Scope)
                || (options.KeepFunctionNames && symbol.Kind is SymbolKind.Function or SymbolKind.FunctionName or SymbolKind.HoistedFunction)
                || (options.KeepClassNames && symbol.Kind is SymbolKind.Class or SymbolKind.ClassName)
                || options.Reserved.Contains(symbol.Name);
            renamable[i] = !keep;
        }
        // A dropped declaration takes no slot: the names after it in its scope move up.
        if (dropped is not null)
        {
            foreach (var symbol in dropped)
            {
                if (symbol < renamable.Length)
                    renamable[symbol] = false;
            }
        }
        // A symbol linked to another keeps its name: both stay when either must.
        for (var i = 0; i < symbols.Length; i++)
        {
            var root = scopes.GetNameRoot(i);
            if (root != i && (!renamable[i] || !renamable[root]))
            {
                renamable[i] = false;
                renamable[root] = false;
            }
        }
        for (var i = 0; i < symbols.Length; i++)
        {
            if (!renamable[i] && (dropped is null || !dropped.Contains(i)))
                reserved.Add(symbols[i].Name);
        }


        var (first, other) = source is null ? (FirstChars, OtherChars) : CharacterOrder(source, comments ?? [], scopes, renamable);
        var assigner = new NameAssigner(scopes, renamable, new NameGenerator(reserved, first, other));
        assigner.Run();
        for (var i = 0; i < symbols.Length; i++)
        {
            if (!renamable[i])
                continue;
            var name = assigner.NameOf(scopes.GetNameRoot(i));
            if (name != symbols[i].Name)
                names[i] = name;
        }
        return names;
    }

    // The name characters ordered by how often the output will use them outside the renamed names:
    // the source's counts, outside comments, less each renamed symbol's name times its uses. Ties
    // keep the default order.
    private static (string First, string Other) CharacterOrder(string source, IReadOnlyList<Ast.Comment> comments, ScopeTree scopes, bool[] renamable)
    {
        Span<long> counts = stackalloc long[128];
        counts.Clear();
        var from = 0;
        for (var k = 0; k <= comments.Count; k++)
        {
            var to = k < comments.Count ? comments[k].Start : source.Length;
            foreach (var c in source.AsSpan(from, Math.Max(0, to - from)))
            {
                if (c < 128)
                    counts[c]++;
            }
            if (k < comments.Count)
                from = Math.Max(from, comments[k].End);
        }
        var symbols = scopes.Symbols;
        for (var i = 0; i < symbols.Length; i++)
        {
            if (!renamable[i])
                continue;
            var uses = 1 + symbols[i].ReferenceCount;
            foreach (var c in symbols[i].Name)
            {
                if (c < 128)
                    counts[c] -= uses;
            }
        }
        var countArray = counts.ToArray();
        string Order(string chars)
        {
            var array = chars.ToCharArray();
            var rank = new Dictionary<char, int>();
            for (var i = 0; i < chars.Length; i++)
                rank[chars[i]] = i;
            Array.Sort(array, (a, b) => countArray[a] != countArray[b] ? countArray[b].CompareTo(countArray[a]) : rank[a].CompareTo(rank[b]));
            return new string(array);
        }
        return (Order(FirstChars), Order(OtherChars));
    }
}
