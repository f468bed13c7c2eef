// Follows enhanced-resolve lib/util/entrypoints.js: a package's `exports` or `imports` field,
// compiled once per description file, answering "which targets does this request map to under
// these conditions". Keys are looked up exactly first, then by the best pattern (`./x/*.js`) or
// legacy folder (`./x/`) key, longest prefix first; conditions are taken in the field's key order
// (the first key that is "default" or one of ours wins, nested objects are searched depth-first
// and fall back to the next key when nothing inside matches); a `null` target excludes.

using System.Text.Json;

namespace Sharpack.Resolver;

/// <summary>A compiled exports or imports field.</summary>
internal sealed class EntryPointsField
{
    private readonly bool _isExports;
    private readonly string? _buildError;
    private readonly Dictionary<string, JsonElement> _exact = new(StringComparer.Ordinal);
    private readonly List<KeyInfo> _keys = [];

    public EntryPointsField(JsonElement field, bool isExports)
    {
        _isExports = isExports;
        Field = field;
        if (isExports)
        {
            if (field.ValueKind is JsonValueKind.String or JsonValueKind.Array)
            {
                Add(".", field);
                return;
            }
            if (field.ValueKind != JsonValueKind.Object)
            {
                // A number or `true`: no key matches anything.
                return;
            }
            _buildError = CheckExportsKeys(field, out var sugar);
            if (sugar)
            {
                Add(".", field);
                return;
            }
        }
        if (field.ValueKind != JsonValueKind.Object) return;
        foreach (var property in field.EnumerateObject())
            Add(property.Name, property.Value);
    }

    /// <summary>The field's JSON.</summary>
    public JsonElement Field { get; }

    private void Add(string key, JsonElement value)
    {
        if (_exact.ContainsKey(key))
        {
            _exact[key] = value;
            for (var i = 0; i < _keys.Count; i++)
            {
                if (_keys[i].Key == key) _keys[i] = _keys[i] with { Value = value };
            }
            return;
        }
        _exact[key] = value;
        var star = key.IndexOf('*');
        _keys.Add(new KeyInfo(
            key,
            value,
            star,
            star == -1 ? "" : key[..star],
            star == -1 ? "" : key[(star + 1)..],
            star == -1 || key.IndexOf('*', star + 1) == -1,
            key.Length > 0 && key[^1] == '/'));
    }

    // buildExportsField's checks; sets sugar when the object is a conditional mapping for ".".
    private static string? CheckExportsKeys(JsonElement field, out bool sugar)
    {
        sugar = false;
        var i = 0;
        var keys = new List<string>();
        foreach (var property in field.EnumerateObject()) keys.Add(property.Name);
        for (; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.Length == 0 || key[0] != '.')
            {
                if (i == 0)
                {
                    for (; i < keys.Count; i++)
                    {
                        if (keys[i].Length > 0 && keys[i][0] is '.' or '/')
                            return $"Exports field key should be relative path and start with \".\" (key: {JsonText.Quote(key)})";
                    }
                    sugar = true;
                    return null;
                }
                return $"Exports field key should be relative path and start with \".\" (key: {JsonText.Quote(key)})";
            }
            if (key.Length == 1) continue;
            if (key[1] != '/')
                return $"Exports field key should be relative path and start with \"./\" (key: {JsonText.Quote(key)})";
        }
        return null;
    }

    /// <summary>
    /// The targets for <paramref name="request"/> ("." or "./x" for exports, "#x" for imports) and
    /// the key that matched; throws <see cref="EntryPointsException"/> for an invalid request,
    /// key or target.
    /// </summary>
    public List<string> Process(string request, IReadOnlySet<string> conditionNames, out string? usedField)
    {
        usedField = null;
        if (_buildError is not null) throw new EntryPointsException(_buildError);
        var normalized = _isExports ? AssertExportsRequest(request) : AssertImportsRequest(request);
        if (!FindMatch(normalized, out var mapping, out var remaining, out var isSubpathMapping, out var isPattern, out var key))
            return [];
        usedField = key;
        JsonElement direct;
        if (mapping.ValueKind == JsonValueKind.Object)
        {
            if (ConditionalMapping(mapping, conditionNames) is not { } found) return [];
            direct = found;
        }
        else
        {
            direct = mapping;
        }
        var targets = new List<string>(1);
        DirectMapping(remaining, isPattern, isSubpathMapping, direct, conditionNames, targets);
        return targets;
    }

    private static string AssertExportsRequest(string request)
    {
        if (request.Length == 0 || request[0] != '.')
            throw new EntryPointsException("Request should be relative path and start with \".\"");
        if (request.Length == 1) return ".";
        if (request[1] != '/')
            throw new EntryPointsException("Request should be relative path and start with \"./\"");
        if (request[^1] == '/')
            throw new EntryPointsException("Only requesting file allowed");
        return request.Length == 2 ? "." : request;
    }

    private static string AssertImportsRequest(string request)
    {
        if (request.Length == 0 || request[0] != '#')
            throw new EntryPointsException("Request should start with \"#\"");
        if (request.Length == 1)
            throw new EntryPointsException("Request should have at least 2 characters");
        if (request[^1] == '/')
            throw new EntryPointsException("Only requesting file allowed");
        return request;
    }

    private bool FindMatch(string request, out JsonElement mapping, out string remaining, out bool isSubpathMapping, out bool isPattern, out string key)
    {
        var endsWithSlash = request.Length > 0 && request[^1] == '/';
        if (!endsWithSlash && !request.Contains('*') && _exact.TryGetValue(request, out mapping))
        {
            remaining = "";
            isSubpathMapping = isPattern = false;
            key = request;
            return true;
        }
        var bestMatch = "";
        KeyInfo? best = null;
        string? bestSubpath = null;
        foreach (var info in _keys)
        {
            if (info.PatternIndex != -1)
            {
                if (!info.IsValidPattern
                    || !request.StartsWith(info.WildcardPrefix, StringComparison.Ordinal)
                    || request.Length < info.Key.Length
                    || !request.EndsWith(info.WildcardSuffix, StringComparison.Ordinal)
                    || PatternKeyCompare(bestMatch, info.Key) != 1)
                {
                    continue;
                }
                bestMatch = info.Key;
                best = info;
                bestSubpath = request.Substring(info.PatternIndex, request.Length - info.WildcardSuffix.Length - info.PatternIndex);
            }
            else if (info.EndsWithSlash && request.StartsWith(info.Key, StringComparison.Ordinal) && PatternKeyCompare(bestMatch, info.Key) == 1)
            {
                bestMatch = info.Key;
                best = info;
                bestSubpath = request[info.Key.Length..];
            }
        }
        if (best is not { } b)
        {
            mapping = default;
            remaining = key = "";
            isSubpathMapping = isPattern = false;
            return false;
        }
        mapping = b.Value;
        remaining = bestSubpath!;
        isSubpathMapping = b.EndsWithSlash;
        isPattern = b.PatternIndex != -1;
        key = bestMatch;
        return true;
    }

    private static int PatternKeyCompare(string a, string b)
    {
        var aPatternIndex = a.IndexOf('*');
        var bPatternIndex = b.IndexOf('*');
        var baseLenA = aPatternIndex == -1 ? a.Length : aPatternIndex + 1;
        var baseLenB = bPatternIndex == -1 ? b.Length : bPatternIndex + 1;
        if (baseLenA > baseLenB) return -1;
        if (baseLenB > baseLenA) return 1;
        if (aPatternIndex == -1) return 1;
        if (bPatternIndex == -1) return -1;
        if (a.Length > b.Length) return -1;
        if (b.Length > a.Length) return 1;
        return 0;
    }

    // The first key, in order, that is "default" or a wanted condition; a nested object is
    // searched and, when nothing in it matches, the search goes on after its key. A value that is
    // not an object (a string, an array) is the answer; a null value ends the search with none.
    private static JsonElement? ConditionalMapping(JsonElement mapping, IReadOnlySet<string> conditionNames)
        => Search(mapping, conditionNames, out var found) == SearchResult.Found ? found : null;

    private static SearchResult Search(JsonElement mapping, IReadOnlySet<string> conditionNames, out JsonElement found)
    {
        foreach (var property in mapping.EnumerateObject())
        {
            var condition = property.Name;
            if (condition != "default" && !conditionNames.Contains(condition)) continue;
            var inner = property.Value;
            if (inner.ValueKind == JsonValueKind.Object)
            {
                var nested = Search(inner, conditionNames, out found);
                if (nested != SearchResult.NotFound) return nested;
                continue;
            }
            found = inner;
            return inner.ValueKind == JsonValueKind.Null ? SearchResult.Null : SearchResult.Found;
        }
        found = default;
        return SearchResult.NotFound;
    }

    private enum SearchResult : byte
    {
        NotFound,
        Null,
        Found,
    }

    private static void DirectMapping(string remaining, bool isPattern, bool isSubpathMapping, JsonElement target, IReadOnlySet<string> conditionNames, List<string> targets)
    {
        switch (target.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                targets.Add(TargetMapping(remaining, isPattern, isSubpathMapping, target.GetString()!));
                return;
            case JsonValueKind.Array:
                foreach (var item in target.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        targets.Add(TargetMapping(remaining, isPattern, isSubpathMapping, item.GetString()!));
                        continue;
                    }
                    if (item.ValueKind == JsonValueKind.Null)
                        throw new EntryPointsException("Cannot convert undefined or null to object");
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    if (ConditionalMapping(item, conditionNames) is not { } mapping) continue;
                    DirectMapping(remaining, isPattern, isSubpathMapping, mapping, conditionNames, targets);
                }
                return;
        }
    }

    private static string TargetMapping(string remaining, bool isPattern, bool isSubpathMapping, string target)
    {
        if (isSubpathMapping)
        {
            AssertTarget(target, expectFolder: true);
            return target + remaining;
        }
        AssertTarget(target, expectFolder: false);
        return isPattern ? target.Replace("*", remaining, StringComparison.Ordinal) : target;
    }

    private static void AssertTarget(string target, bool expectFolder)
    {
        if (!Identifier.TryParse(target, out var path, out _, out _)) return;
        var isFolder = path.Length > 0 && path[^1] == '/';
        if (isFolder == expectFolder) return;
        throw new EntryPointsException(expectFolder
            ? $"Expecting folder to folder mapping. {JsonText.Quote(target)} should end with \"/\""
            : $"Expecting file to file mapping. {JsonText.Quote(target)} should not end with \"/\"");
    }

    private readonly record struct KeyInfo(string Key, JsonElement Value, int PatternIndex, string WildcardPrefix, string WildcardSuffix, bool IsValidPattern, bool EndsWithSlash);
}
