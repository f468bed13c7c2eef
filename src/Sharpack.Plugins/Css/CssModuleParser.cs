// Follows webpack lib/css/CssParser.js: what a CSS module's stylesheet means to the bundle. On the
// tree of Sharpack.Css's parser it finds
//   - `@charset` (removed; the chunk's file gets one), `@import` (a dependency, removed; only before
//     every other rule, as browsers read it), external `@import`s (kept for the top of the file);
//   - URLs: `url(x)`, `url("x")`, `src("x")`, `image-set("x" 1x)`, in declarations at any depth and
//     inside other functions (`var(--a, url(x))`);
//   - in a CSS module (mode local or global): local class names and ids in selectors, with
//     `:local`/`:global` (as a switch and as a function), `@keyframes` names and the animation
//     properties that name them, custom properties (`--x`, `var(--x)`, `@property --x`),
//     `composes` (same file, another file, `global`), `:export { }` blocks and `@value`;
// and records each as an edit of the source by range, which code generation applies, and the
// module's exports. Nothing is copied or reprinted: the stylesheet is the source with edits.

using Sharpack.Core.ModuleGraph;
using Sharpack.Css;

namespace Sharpack.Plugins.Css;

/// <summary>What replaces a range of a stylesheet.</summary>
public enum CssEditKind : byte
{
    /// <summary>Nothing.</summary>
    Remove,
    /// <summary><see cref="CssEdit.Text"/> as it is.</summary>
    Text,
    /// <summary>The local identifier of <see cref="CssEdit.Text"/> (a class, id, keyframes name).</summary>
    Local,
    /// <summary>The local identifier of the custom property <see cref="CssEdit.Text"/> (written with <c>--</c>).</summary>
    LocalCustomProperty,
    /// <summary>The URL of the asset <see cref="CssEdit.Index"/> (a dependency) names.</summary>
    Url,
    /// <summary>The value another module exports as <see cref="CssEdit.Text"/> (an imported <c>@value</c>; <see cref="CssEdit.Index"/> is its import).</summary>
    Imported,
    /// <summary>The local name another CSS module gives its custom property <see cref="CssEdit.Text"/> (<c>var(--x from "./a.css")</c>; <see cref="CssEdit.Index"/> is its import).</summary>
    ImportedCustomProperty,
}

/// <summary>An edit of a stylesheet's source: <c>[Start, End)</c> becomes what <see cref="Kind"/> says.</summary>
public readonly record struct CssEdit(int Start, int End, CssEditKind Kind, string? Text = null, int Index = -1);

/// <summary>A part of an exported value: local names, literal text and names imported from other modules, joined by spaces.</summary>
public readonly record struct CssExportPart(CssEditKind Kind, string Text, int Index = -1);

/// <summary>A name a CSS module exports, and its value's parts.</summary>
public sealed class CssExport(string name)
{
    /// <summary>The name as written (before <c>exportsConvention</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The parts of the value.</summary>
    public List<CssExportPart> Parts { get; } = [];

    /// <summary>Where the name is first defined in the source (webpack's export location), or -1.</summary>
    public int Offset { get; set; } = -1;
}

/// <summary>A warning about a stylesheet, at an offset of its source.</summary>
public readonly record struct CssWarning(int Start, int End, string Message);

/// <summary>The options webpack's CSS parser takes (<c>module.parser.css…</c>).</summary>
public sealed record CssParserOptions
{
    /// <summary><c>import</c>: <c>@import</c> rules are dependencies.</summary>
    public bool Import { get; init; } = true;

    /// <summary><c>url</c>: URLs are dependencies.</summary>
    public bool Url { get; init; } = true;

    /// <summary><c>animation</c>: keyframes names are local.</summary>
    public bool Animation { get; init; } = true;

    /// <summary><c>dashedIdents</c>: custom properties are local.</summary>
    public bool DashedIdents { get; init; } = true;

    /// <summary><c>container</c>: container names are local.</summary>
    public bool Container { get; init; } = true;

    /// <summary><c>customIdents</c>: <c>@counter-style</c> names, counters and view transition names are local.</summary>
    public bool CustomIdents { get; init; } = true;

    /// <summary><c>grid</c>: grid area and line names are local.</summary>
    public bool Grid { get; init; } = true;

    /// <summary><c>customMedia</c> (and webpack's <c>customSelectors</c>): <c>@custom-media</c> and <c>@custom-selector</c> are resolved at build time.</summary>
    public bool CustomMedia { get; init; } = true;
}

/// <summary>The meaning of one stylesheet to the bundle.</summary>
public sealed class CssParseResult
{
    /// <summary>The module's dependencies, in source order.</summary>
    public List<Dependency> Dependencies { get; } = [];

    /// <summary>The edits of the source, in source order, none overlapping.</summary>
    public List<CssEdit> Edits { get; } = [];

    /// <summary>The exports, in order of first declaration.</summary>
    public List<CssExport> Exports { get; } = [];

    /// <summary>External <c>@import</c> rules (a URL the browser loads), as written, for the top of the file.</summary>
    public List<string> ExternalImports { get; } = [];

    /// <summary>The <c>@charset</c>, upper-cased, or null.</summary>
    public string? Charset { get; set; }

    /// <summary>Warnings.</summary>
    public List<CssWarning> Warnings { get; } = [];
}

/// <summary>Reads a CSS module's stylesheet (webpack's CssParser).</summary>
public sealed class CssModuleParser
{
    private readonly CssStylesheet _sheet;
    private readonly string _source;
    private readonly CssToken[] _tokens;
    private readonly bool _modules;
    private readonly bool _localByDefault;
    private readonly CssParserOptions _options;
    private readonly CssParseResult _result = new();
    private readonly Dictionary<string, CssExport> _exports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _icssImports = new(StringComparer.Ordinal);
    // @value definitions: a literal, or a name imported from another module's exports.
    private readonly Dictionary<string, (string? Value, int Import, string? ImportName)> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _counterStyles = new(StringComparer.Ordinal);
    private readonly List<string> _ruleLocals = [];
    private bool _allowImport = true;

    private CssModuleParser(CssStylesheet sheet, string mode, CssParserOptions options)
    {
        _sheet = sheet;
        _source = sheet.Source;
        _tokens = sheet.Tokens;
        _modules = mode is "local" or "global";
        _localByDefault = mode == "local";
        _options = options;
    }

    /// <summary>
    /// Reads <paramref name="sheet"/> in <paramref name="mode"/>: <c>pure</c> (plain CSS), <c>local</c>
    /// (a CSS module: names are local unless <c>:global</c>) or <c>global</c> (names are global unless <c>:local</c>).
    /// </summary>
    public static CssParseResult Parse(CssStylesheet sheet, string mode, CssParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(options);
        var parser = new CssModuleParser(sheet, mode, options);
        if (parser._modules)
            parser.CollectCounterStyles(sheet.Rules);
        if (options.CustomMedia && sheet.Source.Contains("@custom-", StringComparison.OrdinalIgnoreCase))
            parser.CollectCustomMediaAndSelectors(sheet.Rules);
        parser.Rules(sheet.Rules, topLevel: true);
        parser._result.Edits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return parser._result;
    }

    // A counter style the file declares is local wherever counter() names it (before or after the
    // declaration): a first pass collects the names.
    private void CollectCounterStyles(List<CssNode> rules)
    {
        foreach (var node in rules)
        {
            if (node is not CssAtRule at)
                continue;
            if (at.Name.Equals("counter-style", StringComparison.OrdinalIgnoreCase) && FirstIdent(at.Prelude) is { } style && _tokens[style].Kind == CssTokenKind.Ident)
                _counterStyles.Add(_sheet.Value(style));
            if (at.Block is { } block)
                CollectCounterStyles(block);
        }
    }

    // @custom-media and @custom-selector (build-time only: no browser implements them) are
    // file-wide, so definitions after their use count: a first pass collects them.
    private readonly Dictionary<string, string> _customMedia = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _customSelectors = new(StringComparer.Ordinal);

    private void CollectCustomMediaAndSelectors(List<CssNode> rules)
    {
        foreach (var node in rules)
        {
            if (node is not CssAtRule { Block: null } at || at.Prelude.IsEmpty)
                continue;
            var name = at.Name.ToLowerInvariant();
            if (name is not ("custom-media" or "custom-selector"))
                continue;
            var text = _source[_tokens[at.Prelude.Start].Start.._tokens[at.Prelude.End - 1].End].Trim();
            var split = 0;
            while (split < text.Length && !char.IsWhiteSpace(text[split]))
                split++;
            var key = text[..split];
            var value = text[split..].Trim();
            if (name == "custom-media" && key.StartsWith("--", StringComparison.Ordinal))
                _customMedia[key] = value;
            else if (name == "custom-selector" && key.StartsWith(":--", StringComparison.Ordinal))
                _customSelectors[key[1..]] = value;
        }
    }

    // A custom media query's value as it stands in place of `(--name)`: a list becomes an `or`
    // group, a negation is parenthesized, a media type stays bare; references inside are resolved.
    private string CustomMediaValue(string name, int depth)
    {
        var value = _customMedia[name];
        if (depth < 16 && value.Contains("(--", StringComparison.Ordinal))
        {
            foreach (var (other, _) in _customMedia)
            {
                if (other != name)
                    value = value.Replace("(" + other + ")", CustomMediaValue(other, depth + 1), StringComparison.Ordinal);
            }
        }
        if (SplitTopLevel(value) is { Count: > 1 } list)
            return "(" + string.Join(" or ", list) + ")";
        // `not (hover: hover)` negates a condition: grouped; `not all` is a whole query with a media type: bare.
        if (value.StartsWith("not ", StringComparison.OrdinalIgnoreCase) && value[4..].TrimStart().StartsWith('('))
            return "(" + value + ")";
        return value;
    }

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }

    // `(--name)` in a media query list: the definition's value in its place.
    private void CustomMediaReferences(CssTokenRange range)
    {
        for (var i = range.Start; i < range.End; i = _sheet.NextComponentValue(i))
        {
            if (_tokens[i].Kind != CssTokenKind.LeftParenthesis)
                continue;
            var close = _sheet.Match[i];
            var inner = SkipWhitespace(i + 1, close);
            if (inner >= close || _tokens[inner].Kind != CssTokenKind.Ident || SkipWhitespace(inner + 1, close) != close)
                continue;
            var name = _sheet.Value(inner);
            if (_customMedia.ContainsKey(name) && close < _tokens.Length)
                Add(new CssEdit(_tokens[i].Start, _tokens[close].End, CssEditKind.Text, CustomMediaValue(name, 0)));
        }
    }

    // `:--name` in a selector: the custom selector's list, as `:is(…)` (not scoped: it is global CSS).
    private void CustomSelectorReferences(CssTokenRange range)
    {
        for (var i = range.Start; i + 1 < range.End; i++)
        {
            if (_tokens[i].Kind == CssTokenKind.Colon && _tokens[i + 1].Kind == CssTokenKind.Ident && _tokens[i + 1].Start == _tokens[i].End
                && _customSelectors.TryGetValue(_sheet.Value(i + 1), out var list))
                Add(new CssEdit(_tokens[i].Start, _tokens[i + 1].End, CssEditKind.Text, ":is(" + list + ")"));
        }
    }

    private void Rules(List<CssNode> rules, bool topLevel)
    {
        foreach (var node in rules)
        {
            switch (node)
            {
                case CssAtRule at:
                    AtRule(at, topLevel);
                    break;
                case CssQualifiedRule rule:
                    _allowImport &= !topLevel;
                    QualifiedRule(rule);
                    break;
                case CssDeclaration declaration:
                    Declaration(declaration);
                    break;
            }
        }
    }

    private void AtRule(CssAtRule at, bool topLevel)
    {
        var name = at.Name.ToLowerInvariant();
        switch (name)
        {
            case "charset" when topLevel:
                Remove(at.Start, AfterSemicolon(at.End));
                if (FirstIdent(at.Prelude) is { } charset && _tokens[charset].Kind == CssTokenKind.String)
                    _result.Charset ??= _sheet.Value(charset).ToUpperInvariant();
                return;
            case "import":
                Import(at, topLevel);
                return;
            case "layer" when at.Block is null:
                // `@layer a, b;` may precede @import.
                return;
            case "namespace":
                _result.Warnings.Add(new CssWarning(at.Start, at.End, "'@namespace' is not supported in bundled CSS"));
                break;
            case "custom-media" or "custom-selector" when _options.CustomMedia && at.Block is null:
                Remove(at.Start, SkipLine(at.End));
                return;
            case "media" when _customMedia.Count > 0:
                CustomMediaReferences(at.Prelude);
                break;
            case "value" when _modules:
                Value(at);
                return;
        }
        if (topLevel)
            _allowImport = false;
        if (_modules)
        {
            if (IsKeyframes(name) && _options.Animation)
                LocalNameInPrelude(at);
            else if (name == "counter-style" && _options.CustomIdents)
                LocalNameInPrelude(at);
            else if (name == "property" && _options.DashedIdents && FirstIdent(at.Prelude) is { } property && IsDashed(property))
                LocalCustomProperty(property);
            else if (name == "container" && _options.Container)
                ContainerName(at);
            else if (name == "function" && _options.DashedIdents && FirstIdent(at.Prelude) is { } function && _tokens[function].Kind == CssTokenKind.Function && FunctionName(function).StartsWith("--", StringComparison.Ordinal))
                LocalDashedFunction(function);
            if (name == "container" && _options.DashedIdents && _localByDefault)
                StyleQueries(at.Prelude);
            else if (name is "media" or "custom-media" or "supports" && _values.Count > 0)
                ValuesInRange(at.Prelude);
        }
        if (at.Block is { } block)
            Rules(block, topLevel: false);
    }

    private static bool IsKeyframes(string name) =>
        name.Equals("keyframes", StringComparison.OrdinalIgnoreCase) || (name.Length > 10 && name[0] == '-' && name.EndsWith("-keyframes", StringComparison.OrdinalIgnoreCase));

    // `@keyframes name`, `@keyframes :global(name)`, `@keyframes :local(name)`.
    private void LocalNameInPrelude(CssAtRule at)
    {
        if (FirstIdent(at.Prelude) is not { } index)
            return;
        var token = _tokens[index];
        if (token.Kind == CssTokenKind.Ident)
        {
            if (_localByDefault)
                Local(index);
            return;
        }
        if (token.Kind == CssTokenKind.Colon && index + 1 < at.Prelude.End && _tokens[index + 1].Kind == CssTokenKind.Function)
        {
            if (FunctionName(index + 1) is "global" or "local")
                ScopeFunction(index, index + 1, _tokens.Length);
        }
    }

    // The escape hatches `global(name)` and `local(name)` (from token <paramref name="start"/>, the
    // function or the `:` before it, to the function's end within <paramref name="limit"/>): the
    // wrapper goes; the name stays as written, or is local.
    private void ScopeFunction(int start, int function, int limit)
    {
        var close = Math.Min(_sheet.Match[function], limit);
        Remove(_tokens[start].Start, _tokens[function].End);
        if (close < _tokens.Length && _tokens[close].Kind == CssTokenKind.RightParenthesis)
            Remove(_tokens[close].Start, _tokens[close].End);
        if (FunctionName(function) == "local" && FirstIdent(new CssTokenRange(function + 1, close)) is { } inner && _tokens[inner].Kind == CssTokenKind.Ident)
            Local(inner);
    }

    // `@container name (min-width: 400px)`: the name is local.
    private void ContainerName(CssAtRule at)
    {
        if (FirstIdent(at.Prelude) is not { } index || _tokens[index].Kind != CssTokenKind.Ident || !_localByDefault)
            return;
        var value = _sheet.Value(index);
        if (value.Equals("not", StringComparison.OrdinalIgnoreCase) || value.Equals("style", StringComparison.OrdinalIgnoreCase))
            return;
        Local(index);
    }

    // `--name(` of `@function --name()` or a call: the name (without its parenthesis) is a local custom property.
    private void LocalDashedFunction(int index)
    {
        var token = _tokens[index];
        var name = FunctionName(index)[2..];
        Add(new CssEdit(token.Start, token.End - 1, CssEditKind.LocalCustomProperty, name));
        var export = Export(name, token.Start);
        if (export.Parts.Count == 0)
            export.Parts.Add(new CssExportPart(CssEditKind.LocalCustomProperty, name));
    }

    // `@container style(--x: 1)`: the custom properties a style query reads are the module's.
    private void StyleQueries(CssTokenRange prelude)
    {
        for (var i = prelude.Start; i < prelude.End; i = _sheet.NextComponentValue(i))
        {
            if (_tokens[i].Kind != CssTokenKind.Function || FunctionName(i) != "style")
                continue;
            var close = Math.Min(_sheet.Match[i], prelude.End);
            for (var j = i + 1; j < close; j++)
            {
                if (IsDashed(j))
                    LocalCustomProperty(j);
            }
        }
    }

    // Follows webpack's handleImportAtRule: url, then `layer`/`layer(…)`, `supports(…)`, and a media query list.
    private void Import(CssAtRule at, bool topLevel)
    {
        if (!_options.Import)
            return;
        if (!topLevel || !_allowImport)
        {
            _result.Warnings.Add(new CssWarning(at.Start, _tokens[at.NameIndex].End, "Any '@import' rules must precede all other rules"));
            return;
        }
        // Only an @import ended by `;` imports (a block or the end of the file: browsers drop it).
        if (at.Block is not null || at.End == 0 || _source[at.End - 1] != ';')
            return;
        var i = SkipWhitespace(at.Prelude.Start, at.Prelude.End);
        string? url = null;
        if (i < at.Prelude.End)
        {
            var token = _tokens[i];
            url = token.Kind switch
            {
                CssTokenKind.String => NormalizeUrl(_sheet.Value(i)),
                CssTokenKind.Url => NormalizeUrl(_sheet.Value(i)),
                CssTokenKind.Function when FunctionName(i) == "url" && FirstIdent(new CssTokenRange(i + 1, _sheet.Match[i])) is { } inner && _tokens[inner].Kind == CssTokenKind.String
                    => NormalizeUrl(_sheet.Value(inner)),
                _ => null,
            };
        }
        var end = SkipLine(at.End);
        if (url is null)
        {
            _result.Warnings.Add(new CssWarning(at.Start, at.End, $"Expected URL in '{_source[at.Start..at.End]}'"));
            return;
        }
        if (url.Length == 0)
        {
            Remove(at.Start, end);
            return;
        }
        i = _sheet.NextComponentValue(i);
        string? layer = null, supports = null;
        i = SkipWhitespace(i, at.Prelude.End);
        if (i < at.Prelude.End && _tokens[i].Kind == CssTokenKind.Ident && _sheet.Value(i).Equals("layer", StringComparison.OrdinalIgnoreCase))
        {
            layer = "";
            i = SkipWhitespace(i + 1, at.Prelude.End);
        }
        else if (i < at.Prelude.End && _tokens[i].Kind == CssTokenKind.Function && FunctionName(i) == "layer")
        {
            layer = InnerText(i).Trim();
            i = SkipWhitespace(_sheet.NextComponentValue(i), at.Prelude.End);
        }
        if (i < at.Prelude.End && _tokens[i].Kind == CssTokenKind.Function && FunctionName(i) == "supports")
        {
            supports = InnerText(i).Trim();
            i = SkipWhitespace(_sheet.NextComponentValue(i), at.Prelude.End);
        }
        string? media = null;
        if (i < at.Prelude.End)
        {
            var mediaEnd = at.Prelude.End > i ? _tokens[at.Prelude.End - 1].End : _tokens[i].End;
            media = _source[_tokens[i].Start..mediaEnd].Trim();
            if (media.Length == 0)
                media = null;
        }
        if (IsExternalUrl(url))
        {
            _result.ExternalImports.Add(_source[at.Start..at.End].Trim());
            Remove(at.Start, end);
            return;
        }
        _result.Dependencies.Add(new CssImportDependency(url, _modules ? (_localByDefault ? "local" : "global") : null)
        {
            Start = at.Start,
            End = at.End,
            Layer = layer,
            Supports = supports is { Length: > 0 } ? supports : null,
            Media = media,
        });
        Remove(at.Start, end);
    }

    // webpack's externals preset for the web: a URL the browser loads itself.
    internal static bool IsExternalUrl(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');

    private void QualifiedRule(CssQualifiedRule rule)
    {
        if (_customSelectors.Count > 0)
            CustomSelectorReferences(rule.Prelude);
        var previousLocals = _ruleLocals.Count;
        if (_modules)
        {
            // :export { name: value } (ICSS): the block's declarations are exports; the rule goes.
            var first = SkipWhitespace(rule.Prelude.Start, rule.Prelude.End);
            if (first + 1 < rule.Prelude.End && _tokens[first].Kind == CssTokenKind.Colon && _tokens[first + 1].Kind == CssTokenKind.Ident
                && _sheet.Value(first + 1).Equals("export", StringComparison.OrdinalIgnoreCase)
                && SkipWhitespace(first + 2, rule.Prelude.End) == rule.Prelude.End)
            {
                ExportBlock(rule);
                Remove(rule.Start, SkipLine(rule.End));
                return;
            }
            // :import("./other.css") { alias: name; } (ICSS): aliases of another module's exports.
            if (first + 1 < rule.Prelude.End && _tokens[first].Kind == CssTokenKind.Colon && IcssImportRequest(first + 1, rule.Prelude.End) is { } request)
            {
                var import = IcssImport(request);
                foreach (var node in rule.Block)
                {
                    if (node is CssDeclaration { Value.IsEmpty: false } alias)
                        _values[alias.Name] = (null, import, _source[_tokens[alias.Value.Start].Start.._tokens[alias.Value.End - 1].End].Trim());
                }
                Remove(rule.Start, SkipLine(rule.End));
                return;
            }
            _ruleLocals.Clear();
            Selector(rule.Prelude.Start, rule.Prelude.End, _localByDefault);
        }
        Rules(rule.Block, topLevel: false);
        if (_modules)
            _ruleLocals.RemoveRange(Math.Min(previousLocals, _ruleLocals.Count), _ruleLocals.Count - Math.Min(previousLocals, _ruleLocals.Count));
    }

    // The request of `:import("x.css")` or `:import ("x.css")` after the colon at index - 1, or null.
    private string? IcssImportRequest(int index, int end)
    {
        var token = _tokens[index];
        int open;
        if (token.Kind == CssTokenKind.Function && FunctionName(index) == "import")
            open = index;
        else if (token.Kind == CssTokenKind.Ident && _sheet.Value(index).Equals("import", StringComparison.OrdinalIgnoreCase)
            && SkipWhitespace(index + 1, end) is var paren && paren < end && _tokens[paren].Kind == CssTokenKind.LeftParenthesis)
            open = paren;
        else
            return null;
        var close = Math.Min(_sheet.Match[open], end);
        return FirstIdent(new CssTokenRange(open + 1, close)) is { } inner && _tokens[inner].Kind == CssTokenKind.String ? _sheet.Value(inner) : null;
    }

    private void ExportBlock(CssQualifiedRule rule)
    {
        foreach (var node in rule.Block)
        {
            if (node is not CssDeclaration declaration)
                continue;
            var value = declaration.Value.IsEmpty ? "" : _source[_tokens[declaration.Value.Start].Start.._tokens[declaration.Value.End - 1].End].Trim();
            var export = Export(declaration.Name);
            export.Parts.Clear();
            if (_values.TryGetValue(value, out var defined))
                export.Parts.Add(defined.Value is { } literal ? new CssExportPart(CssEditKind.Text, literal) : new CssExportPart(CssEditKind.Imported, defined.ImportName!, defined.Import));
            else
                export.Parts.Add(new CssExportPart(CssEditKind.Text, value));
        }
    }

    // A selector list: `.a` and `#b` are local where the mode is; `:global`/`:local` switch the mode
    // for the rest of the compound list item, `:global(…)`/`:local(…)` for their argument.
    private void Selector(int start, int end, bool local)
    {
        var mode = local;
        for (var i = start; i < end; i++)
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case CssTokenKind.Comma:
                    mode = local;
                    break;
                case CssTokenKind.Delim when _source[token.Start] == '.' && i + 1 < end && _tokens[i + 1].Kind == CssTokenKind.Ident && _tokens[i + 1].Start == token.End:
                    if (mode)
                        LocalClass(i + 1);
                    i++;
                    break;
                case CssTokenKind.Hash when mode && IsIdHash(token):
                    LocalId(i);
                    break;
                case CssTokenKind.Colon when i + 1 < end:
                    {
                        var next = _tokens[i + 1];
                        if (next.Kind == CssTokenKind.Ident && next.Start == token.End && _sheet.Value(i + 1) is var keyword && (keyword.Equals("global", StringComparison.OrdinalIgnoreCase) || keyword.Equals("local", StringComparison.OrdinalIgnoreCase)))
                        {
                            mode = keyword.Equals("local", StringComparison.OrdinalIgnoreCase);
                            // `:global .a` is `.a`: the switch and the whitespace after it go.
                            var after = i + 2 < end && _tokens[i + 2].Kind == CssTokenKind.Whitespace ? _tokens[i + 2].End : next.End;
                            Remove(token.Start, after);
                            i = i + 2 < end && _tokens[i + 2].Kind == CssTokenKind.Whitespace ? i + 2 : i + 1;
                        }
                        else if (next.Kind == CssTokenKind.Function && next.Start == token.End && FunctionName(i + 1) is "global" or "local")
                        {
                            var close = Math.Min(_sheet.Match[i + 1], end);
                            Remove(token.Start, next.End);
                            if (close < _tokens.Length && _tokens[close].Kind == CssTokenKind.RightParenthesis)
                                Remove(_tokens[close].Start, _tokens[close].End);
                            Selector(i + 2, close, FunctionName(i + 1) == "local");
                            i = close;
                        }
                        else if (next.Kind == CssTokenKind.Colon && i + 2 < end && _tokens[i + 2].Kind == CssTokenKind.Function
                            && FunctionName(i + 2).StartsWith("view-transition", StringComparison.Ordinal))
                        {
                            // ::view-transition-group(name), ::view-transition-old(*.class): the transition's names.
                            var close = Math.Min(_sheet.Match[i + 2], end);
                            if (mode && _options.CustomIdents)
                            {
                                for (var j = i + 3; j < close; j++)
                                {
                                    if (_tokens[j].Kind == CssTokenKind.Ident && _sheet.Value(j) is var pseudoName && pseudoName != "root")
                                        Local(j);
                                }
                            }
                            i = close;
                        }
                        else if (next.Kind == CssTokenKind.Function)
                        {
                            // :not(.a), :is(.a, .b), :nth-child(2n of .a): the same mode inside.
                            var close = Math.Min(_sheet.Match[i + 1], end);
                            Selector(i + 2, close, mode);
                            i = close;
                        }
                        break;
                    }
            }
        }
    }

    // A hash token that is an id selector (CSS Syntax's "id" type flag: it starts as an identifier).
    private bool IsIdHash(CssToken token)
    {
        var at = token.Start + 1;
        if (at >= token.End)
            return false;
        var c = _source[at];
        if (c == '-')
            c = at + 1 < token.End ? _source[at + 1] : '\0';
        return char.IsAsciiLetter(c) || c == '_' || c == '-' || c == '\\' || c >= 0x80;
    }

    // A class of the rule's selector: local, and what the rule's composes adds to.
    private void LocalClass(int index)
    {
        Local(index);
        _ruleLocals.Add(_sheet.Value(index));
    }

    // `#main`: the name after the `#` is local.
    private void LocalId(int index)
    {
        var token = _tokens[index];
        LocalName(CssTokenizer.DecodeValue(_source, token), token.Start + 1, token.End);
    }

    private static bool HasLocalPart(CssExport export, string name)
    {
        foreach (var part in export.Parts)
        {
            if (part.Kind == CssEditKind.Local && part.Text == name)
                return true;
        }
        return false;
    }

    // An identifier token that names something local (a keyframes, counter-style or container name).
    private void Local(int index) => LocalName(_sheet.Value(index), _tokens[index].Start, _tokens[index].End);

    // `--name` (a declaration's name, a var() argument, @property): exported as `name`.
    private void LocalCustomProperty(int index)
    {
        var name = _sheet.Value(index)[2..];
        Add(new CssEdit(_tokens[index].Start, _tokens[index].End, CssEditKind.LocalCustomProperty, name));
        var export = Export(name, _tokens[index].Start);
        if (export.Parts.Count == 0)
            export.Parts.Add(new CssExportPart(CssEditKind.LocalCustomProperty, name));
    }

    // A dashed ident (`--x`, escapes decoded: `\2d\2d x` is `--x` too).
    private bool IsDashed(int index)
    {
        var token = _tokens[index];
        if (token.Kind != CssTokenKind.Ident)
            return false;
        if (!token.IsEscaped)
            return _source.AsSpan(token.Start).StartsWith("--") && token.End - token.Start > 2;
        var value = _sheet.Value(index);
        return value.Length > 2 && value.StartsWith("--", StringComparison.Ordinal);
    }

    private CssExport Export(string name, int offset = -1)
    {
        if (!_exports.TryGetValue(name, out var export))
        {
            export = new CssExport(name);
            _exports.Add(name, export);
            _result.Exports.Add(export);
        }
        if (export.Offset < 0)
            export.Offset = offset;
        return export;
    }

    private void Declaration(CssDeclaration declaration)
    {
        var name = declaration.Name;
        var names = false;
        if (_modules)
        {
            if (name.Equals("composes", StringComparison.OrdinalIgnoreCase) || name.Equals("compose-with", StringComparison.OrdinalIgnoreCase))
            {
                Composes(declaration);
                return;
            }
            if (_localByDefault)
            {
                if (declaration.IsCustomProperty && _options.DashedIdents)
                    LocalCustomProperty(declaration.NameIndex);
                var property = WithoutVendorPrefix(name.ToLowerInvariant());
                if (CssKnownProperties.TryGet(property, out var option, out var keywords) && OptionEnabled(option))
                    KnownProperty(declaration.Value.Start, declaration.Value.End, property, keywords);
                else
                    names = true;
            }
            else
            {
                names = _values.Count > 0;
            }
        }
        Values(declaration.Value.Start, declaration.Value.End, names, topLevel: true);
    }

    private static string WithoutVendorPrefix(string property)
    {
        if (property.Length < 3 || property[0] != '-' || property[1] == '-')
            return property;
        var dash = property.IndexOf('-', 1);
        return dash > 0 ? property[(dash + 1)..] : property;
    }

    private bool OptionEnabled(string option) => option switch
    {
        "animation" => _options.Animation,
        "container" => _options.Container,
        "customIdents" => _options.CustomIdents,
        "grid" => _options.Grid,
        _ => false,
    };

    // Follows webpack's emitKnownPropertyExports: a known property's top-level idents are local
    // names unless they are its keywords (each keyword up to its limit); `animation` names may be
    // strings; grid areas are named in `grid-template-areas` strings and lines in `[…]`;
    // `view-transition-*` and `counter-*` take dashed names as custom properties.
    private void KnownProperty(int start, int end, string property, IReadOnlyDictionary<string, int> keywords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var gridTemplate = property is "grid" or "grid-template" or "grid-template-columns" or "grid-template-rows";
        var dashedNames = property.StartsWith("view-transition", StringComparison.Ordinal) || property.StartsWith("counter-", StringComparison.Ordinal);
        var afterExclamation = false;
        for (var i = start; i < end; i = _sheet.NextComponentValue(i))
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case CssTokenKind.Comma:
                    counts.Clear();
                    break;
                case CssTokenKind.Delim:
                    afterExclamation = _source[token.Start] == '!';
                    break;
                case CssTokenKind.Ident:
                    {
                        if (gridTemplate)
                            break;
                        if (afterExclamation)
                        {
                            afterExclamation = false;
                            break;
                        }
                        if (dashedNames && IsDashed(i))
                        {
                            if (_options.DashedIdents)
                                LocalCustomProperty(i);
                            break;
                        }
                        if (_values.TryGetValue(_sheet.Value(i), out var defined))
                        {
                            // An @value alias names what it stands for: a literal name is local as if written here.
                            if (defined.Value is { } aliased && IsIdentifier(aliased))
                                LocalName(aliased, token.Start, token.End);
                            else
                                Ident(i, topLevel: false);
                            break;
                        }
                        var keyword = _sheet.Value(i).ToLowerInvariant();
                        var count = counts.TryGetValue(keyword, out var seen) ? seen + 1 : 0;
                        counts[keyword] = count;
                        if (keywords.TryGetValue(keyword, out var limit) && count < limit)
                            break;
                        Local(i);
                        break;
                    }
                case CssTokenKind.String:
                    if (property is "animation" or "animation-name")
                        LocalName(_sheet.Value(i), token.Start, token.End);
                    else if (property is "grid" or "grid-template" or "grid-template-areas")
                        GridAreaNames(token.Start + 1, token.End - 1);
                    break;
                case CssTokenKind.LeftBracket:
                    {
                        // <line-names>: '[' <custom-ident>* ']'
                        var close = Math.Min(_sheet.Match[i], end);
                        for (var j = i + 1; j < close; j++)
                        {
                            if (_tokens[j].Kind == CssTokenKind.Whitespace)
                                continue;
                            if (_tokens[j].Kind != CssTokenKind.Ident)
                                break;
                            Local(j);
                        }
                        break;
                    }
                case CssTokenKind.LeftParenthesis or CssTokenKind.LeftBrace when gridTemplate:
                    KnownProperty(i + 1, Math.Min(_sheet.Match[i], end), property, keywords);
                    break;
                case CssTokenKind.Function when FunctionName(i) is "global" or "local":
                    ScopeFunction(i, i, end);
                    break;
                case CssTokenKind.Function when gridTemplate || (property.StartsWith("counter-", StringComparison.Ordinal) && FunctionName(i) == "reversed"):
                    KnownProperty(i + 1, Math.Min(_sheet.Match[i], end), property, keywords);
                    break;
            }
        }
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
            return false;
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= 0x80))
                return false;
        }
        return true;
    }

    // The area names of a grid-template-areas string: runs of name characters (a `.` run is an
    // empty cell); an escape (`\68 ead`, hex digits and the space that ends them) is part of its name.
    private void GridAreaNames(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = _source[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '.')
            {
                i++;
                continue;
            }
            var nameStart = i;
            while (i < end && _source[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '.'))
            {
                if (_source[i] == '\\' && i + 1 < end)
                {
                    i++;
                    var hex = 0;
                    while (i < end && hex < 6 && char.IsAsciiHexDigit(_source[i]))
                    {
                        i++;
                        hex++;
                    }
                    if (hex == 0)
                        i++;
                    else if (i < end && _source[i] is ' ' or '\t' or '\n')
                        i++;
                    continue;
                }
                i++;
            }
            LocalName(Unescape(_source[nameStart..i]), nameStart, i);
        }
    }

    // CSS escapes decoded (as an identifier token's value).
    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
            return text;
        var tokenizer = new CssTokenizer(text);
        var token = tokenizer.Next();
        return token.Kind == CssTokenKind.Ident && token.End == text.Length ? tokenizer.Value(token) : text;
    }

    // A local name at a range that is no single identifier token (a string's contents, an area name).
    private void LocalName(string name, int start, int end)
    {
        Add(new CssEdit(start, end, CssEditKind.Local, name));
        var export = Export(name, start);
        if (!HasLocalPart(export, name))
            export.Parts.Insert(0, new CssExportPart(CssEditKind.Local, name));
    }

    // A value's component values: URLs at any depth; in a CSS module with <paramref name="names"/>,
    // custom properties (top-level `--x`, `var(--x)`), counters (`counter(x)`) and @value names.
    private void Values(int start, int end, bool names, bool topLevel)
    {
        for (var i = start; i < end; i = _sheet.NextComponentValue(i))
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case CssTokenKind.Url when _options.Url:
                    {
                        var url = NormalizeUrl(_sheet.Value(i));
                        if (_values.TryGetValue(url, out var defined) && defined.Value is { } literal)
                            url = NormalizeUrl(Unquote(literal));
                        AddUrl(url, token.Start, token.End, CssUrlKind.Url);
                        break;
                    }
                case CssTokenKind.Function:
                    Function(i, Math.Min(_sheet.Match[i], end), names);
                    break;
                case CssTokenKind.Ident when names:
                    Ident(i, topLevel);
                    break;
                case CssTokenKind.LeftParenthesis or CssTokenKind.LeftBracket or CssTokenKind.LeftBrace:
                    Values(i + 1, Math.Min(_sheet.Match[i], end), names, topLevel: false);
                    break;
            }
        }
    }

    private void Function(int index, int close, bool names)
    {
        var name = FunctionName(index);
        if (names && _localByDefault && _options.DashedIdents && name.StartsWith("--", StringComparison.Ordinal) && name.Length > 2)
        {
            LocalDashedFunction(index);
            Values(index + 1, close, names, topLevel: false);
            return;
        }
        switch (name)
        {
            case "url" or "src" when _options.Url:
                {
                    if (FirstIdent(new CssTokenRange(index + 1, close)) is { } inner && _tokens[inner].Kind == CssTokenKind.String)
                        AddUrl(NormalizeUrl(_sheet.Value(inner)), _tokens[inner].Start, _tokens[inner].End, CssUrlKind.String);
                    return;
                }
            case "image-set" or "-webkit-image-set" or "-moz-image-set" or "-o-image-set" when _options.Url:
                {
                    // Each comma-separated option's first value: a string is a URL; url() and others as anywhere.
                    var first = true;
                    for (var i = index + 1; i < close; i = _sheet.NextComponentValue(i))
                    {
                        var token = _tokens[i];
                        if (token.Kind == CssTokenKind.Comma)
                        {
                            first = true;
                            continue;
                        }
                        if (token.Kind == CssTokenKind.Whitespace)
                            continue;
                        if (first && token.Kind == CssTokenKind.String)
                            AddUrl(NormalizeUrl(_sheet.Value(i)), token.Start, token.End, CssUrlKind.Url);
                        else
                            Values(i, _sheet.NextComponentValue(i), names, topLevel: false);
                        first = false;
                    }
                    return;
                }
            case "var" or "anchor" or "anchor-size" or "position-anchor" when names && _localByDefault && _options.DashedIdents:
                {
                    if (FirstIdent(new CssTokenRange(index + 1, close)) is { } variable && IsDashed(variable))
                    {
                        // var(--x from global) is the page's --x; var(--x from "./vars.css") that module's.
                        var from = SkipWhitespace(variable + 1, close);
                        if (from < close && _tokens[from].Kind == CssTokenKind.Ident && _sheet.Value(from) == "from")
                        {
                            var target = SkipWhitespace(from + 1, close);
                            if (target < close && _tokens[target].Kind is CssTokenKind.Ident or CssTokenKind.String)
                            {
                                var end = _tokens[target].End;
                                if (_tokens[target].Kind == CssTokenKind.String)
                                {
                                    var property = _sheet.Value(variable);
                                    Add(new CssEdit(_tokens[variable].Start, end, CssEditKind.ImportedCustomProperty, property[2..], IcssImport(_sheet.Value(target))));
                                }
                                else if (_sheet.Value(target) == "global")
                                {
                                    Remove(_tokens[variable].End, end);
                                }
                                Values(target + 1, close, names, topLevel: false);
                                return;
                            }
                        }
                        LocalCustomProperty(variable);
                        Values(variable + 1, close, names, topLevel: false);
                        return;
                    }
                    break;
                }
            case "counter" or "counters" or "target-counter" or "target-counters" when names && _localByDefault && _options.CustomIdents:
                {
                    // counter(name, style), counters(name, ".", style): the name and a style of the file's are
                    // local, each unless wrapped in global() (local() forces it).
                    var first = true;
                    for (var i = index + 1; i < close; i = _sheet.NextComponentValue(i))
                    {
                        var token = _tokens[i];
                        if (token.Kind is CssTokenKind.Whitespace or CssTokenKind.Comma || token.Kind == CssTokenKind.String)
                            continue;
                        // target-counter(url(#a), name, style): the URL is a URL.
                        if (token.Kind == CssTokenKind.Url || (token.Kind == CssTokenKind.Function && FunctionName(i) is "url" or "src"))
                        {
                            Values(i, _sheet.NextComponentValue(i), names, topLevel: false);
                            continue;
                        }
                        if (IsDashed(i))
                        {
                            if (_options.DashedIdents)
                                LocalCustomProperty(i);
                            first = false;
                            continue;
                        }
                        if (token.Kind == CssTokenKind.Function && FunctionName(i) is "global" or "local")
                        {
                            ScopeFunction(i, i, close);
                        }
                        else if (token.Kind == CssTokenKind.Ident && !IsDashed(i))
                        {
                            var value = _sheet.Value(i);
                            if (_values.TryGetValue(value, out var defined) && defined.Value is { } aliased && IsIdentifier(aliased))
                                LocalName(aliased, token.Start, token.End);
                            else if (first ? !IsUserAgentCounter(value) : _counterStyles.Contains(value))
                                Local(i);
                        }
                        first = false;
                    }
                    return;
                }
        }
        Values(index + 1, close, names, topLevel: false);
    }

    // Counters the user agent defines: a stylesheet naming one means that counter.
    private static bool IsUserAgentCounter(string name) => name is "list-item" or "page" or "pages";

    private void Ident(int index, bool topLevel)
    {
        var value = _sheet.Value(index);
        if (_values.TryGetValue(value, out var defined))
        {
            var token = _tokens[index];
            Add(defined.Value is { } literal
                ? new CssEdit(token.Start, token.End, CssEditKind.Text, literal)
                : new CssEdit(token.Start, token.End, CssEditKind.Imported, defined.ImportName, defined.Import));
            return;
        }
        // A top-level dashed ident names a custom thing of the module (anchor-name: --a, @function calls).
        if (topLevel && _localByDefault && _options.DashedIdents && IsDashed(index))
            LocalCustomProperty(index);
    }

    // `composes: a b;`, `composes: a from "./x.css";`, `composes: a from global;`: the classes of the
    // rule's selector export the composed names too. The declaration goes.
    private void Composes(CssDeclaration declaration)
    {
        Remove(declaration.Start, AfterSemicolon(declaration.End));
        var names = new List<string>();
        string? from = null;
        var global = false;
        var range = declaration.Value;
        for (var i = range.Start; i < range.End; i = _sheet.NextComponentValue(i))
        {
            var token = _tokens[i];
            if (token.Kind == CssTokenKind.Ident)
            {
                var value = _sheet.Value(i);
                if (value == "from" && names.Count > 0)
                {
                    var target = SkipWhitespace(i + 1, range.End);
                    if (target < range.End && _tokens[target].Kind == CssTokenKind.String)
                        from = _sheet.Value(target);
                    else if (target < range.End && _tokens[target].Kind == CssTokenKind.Ident && _sheet.Value(target) == "global")
                        global = true;
                    break;
                }
                names.Add(value);
            }
            else if (token.Kind == CssTokenKind.Colon && i + 1 < range.End && _tokens[i + 1].Kind == CssTokenKind.Function && FunctionName(i + 1) == "global")
            {
                // composes: global(a) — an unscoped name.
                if (FirstIdent(new CssTokenRange(i + 2, _sheet.Match[i + 1])) is { } inner)
                    foreach (var locals in _ruleLocals) Export(locals).Parts.Add(new CssExportPart(CssEditKind.Text, _sheet.Value(inner)));
                i++;
            }
        }
        if (_ruleLocals.Count == 0)
        {
            _result.Warnings.Add(new CssWarning(declaration.Start, declaration.End, "composition is only allowed when selector is single :local class name not in \"" + _source[declaration.Start..declaration.End] + "\""));
            return;
        }
        var import = from is { Length: > 0 } ? IcssImport(from) : -1;
        foreach (var local in _ruleLocals)
        {
            var export = Export(local);
            foreach (var name in names)
            {
                export.Parts.Add(global ? new CssExportPart(CssEditKind.Text, name)
                    : import >= 0 ? new CssExportPart(CssEditKind.Imported, name, import)
                    : new CssExportPart(CssEditKind.Local, name));
            }
        }
    }

    private int IcssImport(string request)
    {
        if (_icssImports.TryGetValue(request, out var index))
            return index;
        index = _result.Dependencies.Count;
        _result.Dependencies.Add(new CssIcssImportDependency(request));
        _icssImports.Add(request, index);
        return index;
    }

    // `@value name: value;`, `@value name value;`, `@value a, b as c from "./x.css";`.
    private void Value(CssAtRule at)
    {
        Remove(at.Start, SkipLine(at.End));
        var text = _source[_tokens[at.NameIndex].End..(at.Prelude.IsEmpty ? _tokens[at.NameIndex].End : _tokens[at.Prelude.End - 1].End)];
        var fromAt = text.LastIndexOf(" from ", StringComparison.Ordinal);
        if (fromAt >= 0)
        {
            var request = Unquote(text[(fromAt + 6)..].Trim());
            if (_values.TryGetValue(request, out var alias) && alias.Value is { } aliased)
                request = Unquote(aliased.Trim());
            var import = IcssImport(request);
            // `@value a, b as c from "x"` or with the list in parentheses.
            var list = text[..fromAt].Trim();
            if (list.StartsWith('(') && list.EndsWith(')'))
                list = list[1..^1];
            foreach (var item in list.Split(','))
            {
                var parts = item.Trim().Split(" as ", StringSplitOptions.TrimEntries);
                if (parts[0].Length == 0)
                    continue;
                var localName = parts.Length > 1 ? parts[1] : parts[0];
                _values[localName] = (null, import, parts[0]);
                var export = Export(localName);
                export.Parts.Clear();
                export.Parts.Add(new CssExportPart(CssEditKind.Imported, parts[0], import));
            }
            return;
        }
        var trimmed = text.TrimStart();
        var nameEnd = 0;
        while (nameEnd < trimmed.Length && trimmed[nameEnd] != ':' && !char.IsWhiteSpace(trimmed[nameEnd]))
            nameEnd++;
        var name = trimmed[..nameEnd];
        var value = trimmed[nameEnd..].TrimStart();
        if (value.StartsWith(':'))
            value = value[1..];
        value = value.Trim();
        if (name.Length == 0)
            return;
        if (_values.TryGetValue(value, out var earlier) && earlier.Value is { } earlierValue)
            value = earlierValue;
        _values[name] = (value, -1, null);
        var own = Export(name);
        own.Parts.Clear();
        own.Parts.Add(new CssExportPart(CssEditKind.Text, value));
    }

    private void ValuesInRange(CssTokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (_tokens[i].Kind == CssTokenKind.Ident && _values.TryGetValue(_sheet.Value(i), out var defined) && defined.Value is { } literal)
                Add(new CssEdit(_tokens[i].Start, _tokens[i].End, CssEditKind.Text, literal));
        }
    }

    private void AddUrl(string url, int start, int end, CssUrlKind kind)
    {
        // url(), url("") and data: URLs stay as they are.
        if (url.Length == 0 || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return;
        // An external URL (webpack's `asset` externals of the web preset) is written back as its template writes one.
        if (IsExternalUrl(url))
        {
            var escaped = CssUrlDependency.Escape(url);
            Add(new CssEdit(start, end, CssEditKind.Text, kind == CssUrlKind.Url ? "url(" + escaped + ")" : escaped));
            return;
        }
        var index = _result.Dependencies.Count;
        _result.Dependencies.Add(new CssUrlDependency(url, kind) { Start = start, End = end });
        Add(new CssEdit(start, end, CssEditKind.Url, null, index));
    }

    private void Remove(int start, int end)
    {
        if (end > start)
            Add(new CssEdit(start, end, CssEditKind.Remove));
    }

    private void Add(CssEdit edit)
    {
        // An edit inside a removed range (a rule that goes) is moot.
        var edits = _result.Edits;
        for (var i = edits.Count - 1; i >= 0 && i >= edits.Count - 4; i--)
        {
            var other = edits[i];
            if (other.Kind == CssEditKind.Remove && other.Start <= edit.Start && edit.End <= other.End)
                return;
        }
        edits.Add(edit);
    }

    private int? FirstIdent(CssTokenRange range)
    {
        var i = SkipWhitespace(range.Start, range.End);
        return i < range.End ? i : null;
    }

    private int SkipWhitespace(int index, int end)
    {
        while (index < end && _tokens[index].Kind == CssTokenKind.Whitespace)
            index++;
        return index;
    }

    // The function's name, lower-cased, without its parenthesis.
    private string FunctionName(int index) => _sheet.Value(index).ToLowerInvariant();

    // The text between a function's parentheses.
    private string InnerText(int index)
    {
        var close = _sheet.Match[index];
        var end = close < _tokens.Length ? _tokens[close].Start : _source.Length;
        return _source[_tokens[index].End..end];
    }

    private int AfterSemicolon(int offset)
    {
        var i = offset;
        while (i < _source.Length && _source[i] is ' ' or '\t')
            i++;
        return i < _source.Length && _source[i] == ';' ? i + 1 : offset;
    }

    // webpack's skipWhiteLine: past spaces and tabs and one line break.
    private int SkipLine(int offset)
    {
        var i = offset;
        while (i < _source.Length && _source[i] is ' ' or '\t')
            i++;
        if (i < _source.Length && _source[i] == '\r')
            i++;
        if (i < _source.Length && _source[i] == '\n')
            i++;
        return i;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1] : text;

    /// <summary>webpack's normalizeUrl: surrounding whitespace trimmed and <c>%</c> escapes decoded (not in a data: URL).</summary>
    internal static string NormalizeUrl(string url)
    {
        url = url.Trim(' ', '\t', '\n', '\r', '\f');
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return url;
        if (url.Contains('%', StringComparison.Ordinal))
        {
            try
            {
                url = Uri.UnescapeDataString(url);
            }
            catch (UriFormatException)
            {
                // As decodeURIComponent failing: kept as written.
            }
        }
        return url;
    }
}
