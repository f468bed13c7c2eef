// Follows webpack lib/DefinePlugin.js getMergedDefinitions: the definitions of every DefinePlugin
// of a compiler (the `define` option, the DefinePlugins, EnvironmentPlugin, DotenvPlugin and
// optimization.nodeEnv's) as one flat map and as a tree in which dotted keys are expanded, so
// `"process.env.A"` of one plugin and `"process.env": { B }` of another make one `process.env`
// object for a whole-object read (`const env = process.env`), a destructuring
// (`const { A } = process.env`) and import.meta.env. Where two definitions name the same key
// the one whose taps answer first (lower stage, then earlier) is in the view too, so a direct read
// and an object read agree. The view is built once, at the first module that asks for it (every
// plugin has defined its keys by then), and read from the make threads.

using System.Text;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Every definition of one compiler, merged (webpack's DefinePlugin merged definitions).</summary>
public sealed class DefineDefinitions
{
    private readonly List<(string Key, DefineValue Value, int Stage)> _entries = [];
    private readonly Lock _lock = new();
    private volatile MergedView? _view;
    private readonly HashSet<string> _nestedTapped = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="key"/> (a name or dotted path) defined as <paramref name="value"/> by a tap at <paramref name="stage"/>.</summary>
    public void Add(string key, DefineValue value, int stage)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            _entries.Add((key, value, stage));
            _view = null;
        }
    }

    /// <summary>True the first time <paramref name="nested"/> is asked: its destructuring tap is made once.</summary>
    internal bool FirstNested(string nested)
    {
        lock (_lock) return _nestedTapped.Add(nested);
    }

    /// <summary>Whether no definition was recorded.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_lock) return _entries.Count == 0;
        }
    }

    /// <summary>The value the flat map holds for <paramref name="key"/> (as defined, not merged), or null.</summary>
    public DefineValue? Flat(string key) => View.Flat.TryGetValue(key, out var value) ? value : null;

    /// <summary>The merged node of <paramref name="key"/> (webpack's getMergedDefinitionNode), or null.</summary>
    public Node? Find(string key)
    {
        var node = View.Root;
        var start = 0;
        while (true)
        {
            if (node.Children is null)
                return null;
            var dot = key.IndexOf('.', start);
            var part = dot < 0 ? key[start..] : key[start..dot];
            if (!node.Children.TryGetValue(part, out var next))
                return null;
            if (dot < 0)
                return next;
            node = next;
            start = dot + 1;
        }
    }

    /// <summary>The final segments of the dotted leaf keys below <paramref name="nested"/> (<c>A</c> of <c>process.env.A</c> for <c>process.env</c>).</summary>
    public bool HasFinalKey(string nested, string final) =>
        View.FinalByNestedKey.TryGetValue(nested, out var finals) && finals.Contains(final);

    /// <summary>
    /// The code of <paramref name="node"/> for <paramref name="parser"/>'s module: an object literal of
    /// a merged object (only <paramref name="keys"/> when given), else its value's code; not wrapped.
    /// </summary>
    public static string Render(Node node, JavascriptParser? parser, string key, IReadOnlyList<string>? keys = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Children is null)
            return node.Value!.ToCode(parser, key);
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (name, child) in node.Children)
        {
            if (keys is not null && !DefineValue.Has(keys, name))
                continue;
            if (!first) builder.Append(',');
            first = false;
            builder.Append(DefineValue.PropertyKey(name)).Append(':').Append(Render(child, parser, name));
        }
        return builder.Append('}').ToString();
    }

    private MergedView View
    {
        get
        {
            if (_view is { } view)
                return view;
            lock (_lock)
                return _view ??= Build();
        }
    }

    private MergedView Build()
    {
        var ordered = new List<(string Key, DefineValue Value, int Stage)>(_entries);
        // Stable: the taps' order, by stage then by registration.
        var indexed = new List<(int Index, string Key, DefineValue Value, int Stage)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
            indexed.Add((i, ordered[i].Key, ordered[i].Value, ordered[i].Stage));
        indexed.Sort(static (a, b) => a.Stage != b.Stage ? a.Stage.CompareTo(b.Stage) : a.Index.CompareTo(b.Index));
        var flat = new OrderedDictionary<string, DefineValue>(StringComparer.Ordinal);
        foreach (var entry in indexed)
            flat.TryAdd(entry.Key, entry.Value);
        var root = new Node(new OrderedDictionary<string, Node>(StringComparer.Ordinal));
        var finals = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in flat)
        {
            if (key.StartsWith("typeof ", StringComparison.Ordinal))
                continue;
            Insert(root, key.Split('.'), value);
            // As webpack: only code leaves (not objects, not runtime values) can be destructured by their last segment.
            if (value.Code is not { Length: > 0 })
                continue;
            var dot = key.LastIndexOf('.');
            if (dot <= 0 || dot >= key.Length - 1)
                continue;
            var nested = key[..dot];
            if (!finals.TryGetValue(nested, out var set))
                finals[nested] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(key[(dot + 1)..]);
        }
        return new MergedView(flat, root, finals);
    }

    // insertMergedDefinition: down the path, making objects on the way; a path through a value
    // that is not an object is not in the view.
    private static void Insert(Node root, string[] path, DefineValue value)
    {
        var node = root;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (!node.Children!.TryGetValue(path[i], out var next))
            {
                next = new Node(new OrderedDictionary<string, Node>(StringComparer.Ordinal));
                node.Children[path[i]] = next;
            }
            else if (next.Children is null)
            {
                return;
            }
            node = next;
        }
        SetValue(node, path[^1], value);
    }

    // setMergedValue: a plain object merges into the object already there; anything else replaces it.
    private static void SetValue(Node node, string key, DefineValue value)
    {
        if (value.Properties is { } properties)
        {
            if (!node.Children!.TryGetValue(key, out var existing) || existing.Children is null)
                node.Children[key] = existing = new Node(new OrderedDictionary<string, Node>(StringComparer.Ordinal));
            foreach (var (name, item) in properties)
                SetValue(existing, name, item);
            return;
        }
        node.Children![key] = new Node(value);
    }

    /// <summary>A node of the merged view: an object of nodes (dotted keys expanded, plain objects merged) or a value.</summary>
    public sealed class Node
    {
        internal Node(OrderedDictionary<string, Node> children) => Children = children;

        internal Node(DefineValue value) => Value = value;

        /// <summary>The properties of a merged object; null for a value.</summary>
        public OrderedDictionary<string, Node>? Children { get; }

        /// <summary>The value (code, runtime value, array); null for a merged object.</summary>
        public DefineValue? Value { get; }
    }

    private sealed record MergedView(OrderedDictionary<string, DefineValue> Flat, Node Root, Dictionary<string, HashSet<string>> FinalByNestedKey);
}
