// Follows webpack lib/html/HtmlParser.js's parse: one walk of the page's tree in document order
// (template contents included) that finds the sources of each element (HtmlSources), reads each
// value as its type says (one URL, a srcset, SVG url()s, an msapplication-task's icon) with its
// character references decoded and mapped back to raw offsets, and records a dependency and an edit
// per URL. Comments right before a tag may hold magic comments (webpackIgnore); the first
// `<base href>` outside templates resolves the relative URLs after it.

using Sharpack.Core.ModuleGraph;
using Sharpack.Html;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Html;

/// <summary>What an edit of a page's source puts in its span.</summary>
internal enum HtmlEditKind : byte
{
    /// <summary>The asset URL of the dependency at <see cref="HtmlEdit.Index"/>.</summary>
    AssetUrl,
}

/// <summary>A replacement of the page's source from <paramref name="Start"/> to <paramref name="End"/>.</summary>
internal readonly record struct HtmlEdit(int Start, int End, HtmlEditKind Kind, int Index);

/// <summary>A problem the walk found, at a span of the source.</summary>
internal readonly record struct HtmlProblem(int Start, int End, string Message, bool IsWarning);

/// <summary>What a page's walk found.</summary>
internal sealed class HtmlParseResult
{
    public List<Dependency> Dependencies { get; } = [];

    public List<HtmlEdit> Edits { get; } = [];

    public List<HtmlProblem> Problems { get; } = [];

    /// <summary>The <c>../</c>s that undo a relative <c>&lt;base href&gt;</c> before every rewritten URL, or null.</summary>
    public string? BaseUrlPrefix { get; set; }
}

/// <summary>Reads a parsed page's sources.</summary>
internal sealed class HtmlModuleParser
{
    private readonly string _source;
    private readonly HtmlSources _sources;
    private readonly bool _css;
    private readonly HtmlParseResult _result = new();

    // The pending magic comment values, for the next tag only.
    private bool? _pendingIgnore;
    private bool? _pendingInline;

    // webpack's documentBase, baseDir and baseIsExternal: the first <base href> outside templates.
    private string? _documentBase;
    private string _baseDir = "";
    private bool _baseIsExternal;
    private int _templateDepth;

    private HtmlModuleParser(string source, HtmlSources sources, bool css)
    {
        _source = source;
        _sources = sources;
        _css = css;
    }

    /// <summary>Walks <paramref name="document"/> (parsed from <paramref name="source"/>).</summary>
    public static HtmlParseResult Parse(HtmlDocument document, string source, HtmlSources sources, bool css)
    {
        var parser = new HtmlModuleParser(source, sources, css);
        parser.Walk(document.Root);
        // The tree's order is not the source's where the parser moved nodes (foster parenting).
        parser._result.Edits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Index.CompareTo(b.Index));
        return parser._result;
    }

    // Depth first without recursion (a page may nest deeper than a thread's stack): enter an element,
    // its children (a template's contents), then leave it.
    private void Walk(HtmlNode root)
    {
        var open = new Stack<HtmlNode>();
        var current = root.FirstChild;
        while (true)
        {
            if (current is { } node)
            {
                switch (node.Kind)
                {
                    case HtmlNodeKind.Element:
                        Enter(node);
                        open.Push(node);
                        current = (node.Content ?? node).FirstChild;
                        continue;
                    case HtmlNodeKind.Comment:
                        Comment(node);
                        break;
                }
                current = node.NextSibling;
                continue;
            }
            if (open.Count == 0)
                return;
            var element = open.Pop();
            Exit(element);
            current = element.NextSibling;
        }
    }

    private void Exit(HtmlNode element)
    {
        if (element.Namespace == HtmlNamespace.Html && element.Name == "template" && _templateDepth > 0)
            _templateDepth--;
        ClearPending();
    }

    private void ClearPending()
    {
        _pendingIgnore = null;
        _pendingInline = null;
    }

    // Only a real `<!-- … -->` comment (no bogus `<? … >` one) may be magic.
    private void Comment(HtmlNode comment)
    {
        int start = comment.Start, end = comment.End;
        var text = comment.Text ?? "";
        if (end - start < 7 || !_source.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal) || !_source.AsSpan(0, end).EndsWith("-->", StringComparison.Ordinal))
        {
            ClearPending();
            return;
        }
        var options = MagicComments.ParseComment(text, out var error);
        if (error is not null)
        {
            _result.Problems.Add(new HtmlProblem(start, end, $"Compilation error while processing magic comment(-s): /*{text}*/: {error}", IsWarning: true));
            ClearPending();
            return;
        }
        if (options is null)
        {
            ClearPending();
            return;
        }
        options.TryGetValue("webpackIgnore", out var ignore);
        options.TryGetValue("webpackInline", out var inline);
        if (ignore is null && inline is null && !options.ContainsKey("webpackPrefetch") && !options.ContainsKey("webpackPreload") && !options.ContainsKey("webpackFetchPriority"))
        {
            ClearPending();
            return;
        }
        foreach (var (name, value) in (ReadOnlySpan<(string, MagicValue?)>)[("webpackIgnore", ignore), ("webpackInline", inline)])
        {
            if (value is not null && value.Boolean is null)
            {
                _result.Problems.Add(new HtmlProblem(start, end, $"`{name}` expected a boolean, but received: {value.String ?? value.ToString()}.", IsWarning: true));
                ClearPending();
                return;
            }
        }
        _pendingIgnore = ignore?.Boolean;
        _pendingInline = inline?.Boolean;
    }

    private void Enter(HtmlNode element)
    {
        var ignore = _pendingIgnore == true;
        ClearPending();
        var name = element.Name;
        var html = element.Namespace == HtmlNamespace.Html;
        if (html && name == "template")
            _templateDepth++;
        if (ignore)
            return;
        if (_documentBase is null && _templateDepth == 0 && html && name == "base" && Find(element, "href") is { } href)
            ResolveDocumentBase(href);
        var sources = _sources.For(name);
        var context = new HtmlSourceElement(element, _css);
        foreach (var attribute in element.Attributes)
        {
            if (!sources.TryGetValue(attribute.Name, out var item) || item is null)
                continue;
            if (item.Namespace is { } ns && element.Namespace != ns)
                continue;
            // Clones of the adoption agency have no offsets: the original's value is rewritten once.
            if (attribute.ValueStart < 0)
                continue;
            var value = _source[attribute.ValueStart..attribute.ValueEnd];
            if (!HasNonWhitespace(value))
                continue;
            if (item.Filter is { } filter && !filter(context, value.Contains('&', StringComparison.Ordinal) ? HtmlCharacterReferences.Decode(value, attribute: true) : value))
                continue;
            Source(element, attribute, item.TypeOn(context), value, attribute.ValueStart);
        }
    }

    private void Source(HtmlNode element, HtmlAttribute attribute, HtmlSourceType type, string value, int start)
    {
        switch (type)
        {
            case HtmlSourceType.Src or HtmlSourceType.Srcset or HtmlSourceType.CssUrl or HtmlSourceType.MsapplicationTask:
                break;
            // Entries, inline styles and srcdoc documents are not built yet: their values stay as written.
            default:
                return;
        }
        var text = value;
        int[]? map = null;
        if (value.Contains('&', StringComparison.Ordinal))
        {
            text = HtmlCharacterReferences.Decode(value, attribute: true, out map);
            if (!HasNonWhitespace(text))
                return;
        }
        List<HtmlSrcsetCandidate> urls;
        switch (type)
        {
            case HtmlSourceType.Srcset:
                if (!HtmlSrcset.TryParse(text, out urls, out var srcsetError))
                {
                    BadValue(element, attribute, srcsetError!, start, start + value.Length);
                    return;
                }
                break;
            case HtmlSourceType.CssUrl:
                urls = CssUrls(text);
                break;
            case HtmlSourceType.MsapplicationTask:
                urls = HtmlUrlValues.TryParseMsapplicationTask(text, out var icon) ? [icon] : [];
                break;
            default:
                if (!HtmlUrlValues.TryParseSrc(text, out var url, out var srcError))
                {
                    BadValue(element, attribute, srcError!, start, start + value.Length);
                    return;
                }
                urls = [url];
                break;
        }
        foreach (var (url, urlStart, urlEnd) in urls)
        {
            // Fragment-only references (`url(#id)`, `#top`) name no file.
            if (url.Length == 0 || url[0] == '#')
                continue;
            var request = url;
            if (!string.IsNullOrEmpty(_documentBase) && url[0] != '/' && !HasScheme(url))
            {
                if (_baseIsExternal)
                    continue;
                request = _baseDir + url;
            }
            var dependency = new HtmlSourceDependency(request)
            {
                Start = start + (map is null ? urlStart : map[urlStart]),
                End = start + (map is null ? urlEnd : map[urlEnd]),
            };
            _result.Edits.Add(new HtmlEdit(dependency.Start, dependency.End, HtmlEditKind.AssetUrl, _result.Dependencies.Count));
            _result.Dependencies.Add(dependency);
        }
    }

    private void BadValue(HtmlNode element, HtmlAttribute attribute, string message, int start, int end) =>
        _result.Problems.Add(new HtmlProblem(start, end, $"Bad value for attribute \"{attribute.Name}\" on element \"{element.Name}\": {message}", IsWarning: false));

    // webpack's parseCssUrls: the url() tokens and url("…") functions of an SVG presentation value.
    private static List<HtmlSrcsetCandidate> CssUrls(string value)
    {
        var urls = new List<HtmlSrcsetCandidate>();
        var tokenizer = new Sharpack.Css.CssTokenizer(value);
        while (true)
        {
            var token = tokenizer.Next();
            if (token.Kind == Sharpack.Css.CssTokenKind.EndOfFile)
                return urls;
            if (token.Kind == Sharpack.Css.CssTokenKind.Url)
            {
                if (token.ValueEnd > token.ValueStart)
                    urls.Add(new HtmlSrcsetCandidate(value[token.ValueStart..token.ValueEnd], token.ValueStart, token.ValueEnd));
            }
            else if (token.Kind == Sharpack.Css.CssTokenKind.Function && value.AsSpan(token.Start, token.End - token.Start - 1).Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                var argument = tokenizer.Next();
                while (argument.Kind == Sharpack.Css.CssTokenKind.Whitespace)
                    argument = tokenizer.Next();
                if (argument.Kind != Sharpack.Css.CssTokenKind.String)
                    continue;
                var innerStart = argument.Start + 1;
                // Without its closing quote when the string runs to the end.
                var innerEnd = value[argument.End - 1] == value[argument.Start] && argument.End - argument.Start > 1 ? argument.End - 1 : argument.End;
                if (innerEnd > innerStart)
                    urls.Add(new HtmlSrcsetCandidate(value[innerStart..innerEnd], innerStart, innerEnd));
            }
        }
    }

    // webpack's resolveDocumentBase: a scheme or `/` base leaves later relative URLs to the browser;
    // a relative one is a folder to prefix, undone by one `../` per folder in the output.
    private void ResolveDocumentBase(HtmlAttribute href)
    {
        var raw = href.ValueStart < 0 ? "" : _source[href.ValueStart..href.ValueEnd];
        _documentBase = HtmlCharacterReferences.Decode(raw, attribute: true).Trim();
        if (_documentBase.Length == 0)
            return;
        if (HasScheme(_documentBase) || _documentBase[0] == '/')
        {
            _baseIsExternal = true;
            return;
        }
        var parts = _documentBase.Split('/');
        var folders = new List<string>();
        var up = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (folders.Count > 0)
                    folders.RemoveAt(folders.Count - 1);
                else
                    up++;
                continue;
            }
            // The last segment without a `/` after it is a file.
            if (i == parts.Length - 1)
                continue;
            folders.Add(part);
        }
        _baseDir = string.Concat(Enumerable.Repeat("../", up)) + (folders.Count > 0 ? string.Join('/', folders) + "/" : "");
        // A base above the page's folder cannot be undone (the folder's name is unknown).
        if (up == 0 && folders.Count > 0)
            _result.BaseUrlPrefix = string.Concat(Enumerable.Repeat("../", folders.Count));
    }

    private static HtmlAttribute? Find(HtmlNode element, string name)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name == name)
                return attribute;
        }
        return null;
    }

    // /^[a-zA-Z][a-zA-Z\d+\-.]*:/
    private static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
            return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
                return true;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                return false;
        }
        return false;
    }

    // JavaScript's /\S/: anything but its white space (which U+FEFF is and U+0085 is not).
    private static bool HasNonWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (!(c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
                || c is >= '\u2000' and <= '\u200A'))
                return true;
        }
        return false;
    }
}
