// Follows webpack lib/util/deterministicGrouping.js: splits a chunk's modules into parts no bigger
// than maxSize (while keeping each at least minSize) so that adding or removing a module changes as
// few parts as possible. Items are sorted by key; a part is cut where adjacent keys are least alike;
// a part's name is the shortest unused prefix its first and last keys share.

namespace Sharpack.Plugins.Optimize;

/// <summary>webpack's deterministicGrouping over items with keys and dense sizes by source type.</summary>
internal static class DeterministicGrouping
{
    /// <summary>One part: its key (name) and items.</summary>
    public readonly record struct Part<T>(string Key, List<T> Items);

    private sealed class Node<T>(T item, string key, double[] size)
    {
        public T Item = item;
        public string Key = key;
        public double[] Size = size;
    }

    private sealed class Group<T>
    {
        public List<Node<T>> Nodes;
        public List<int>? Similarities;
        public double[] Size;

        public Group(List<Node<T>> nodes, List<int>? similarities, int types)
        {
            Nodes = nodes;
            Similarities = similarities;
            Size = SumSize(nodes, 0, types);
        }

        // Takes out the nodes matching the filter; null (nothing changed) when all match.
        public List<Node<T>>? PopNodes(Func<Node<T>, bool> filter, int types)
        {
            var newNodes = new List<Node<T>>();
            var newSimilarities = new List<int>();
            var resultNodes = new List<Node<T>>();
            Node<T>? lastNode = null;
            for (var i = 0; i < Nodes.Count; i++)
            {
                var node = Nodes[i];
                if (filter(node))
                {
                    resultNodes.Add(node);
                    continue;
                }
                if (newNodes.Count > 0)
                {
                    newSimilarities.Add(lastNode == Nodes[i - 1] ? Similarities![i - 1] : Similarity(lastNode!.Key, node.Key));
                }
                newNodes.Add(node);
                lastNode = node;
            }
            if (resultNodes.Count == Nodes.Count)
                return null;
            Nodes = newNodes;
            Similarities = newSimilarities;
            Size = SumSize(newNodes, 0, types);
            return resultNodes;
        }
    }

    /// <summary>Groups <paramref name="items"/> (sizes have <paramref name="types"/> entries).</summary>
    public static List<Part<T>> Split<T>(IEnumerable<T> items, SizeLimits minSize, SizeLimits maxSize, Func<T, string> getKey, Func<T, double[]> getSize, int types)
    {
        var result = new List<Group<T>>();
        var nodes = new List<Node<T>>();
        foreach (var item in items)
            nodes.Add(new Node<T>(item, getKey(item), getSize(item)));
        nodes.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));

        // Items bigger than maxSize are parts of their own, unless that breaks minSize.
        var initialNodes = new List<Node<T>>();
        foreach (var node in nodes)
        {
            if (IsTooBig(node.Size, maxSize) && !IsTooSmall(node.Size, minSize))
                result.Add(new Group<T>([node], [], types));
            else
                initialNodes.Add(node);
        }

        if (initialNodes.Count > 0)
        {
            var queue = new List<Group<T>> { new(initialNodes, Similarities(initialNodes), types) };
            while (queue.Count > 0)
            {
                var group = queue[^1];
                queue.RemoveAt(queue.Count - 1);
                if (!IsTooBig(group.Size, maxSize))
                {
                    result.Add(group);
                    continue;
                }
                if (RemoveProblematicNodes(group, group.Size))
                {
                    queue.Add(group);
                    continue;
                }

                // The smallest run from the left and from the right that reach minSize.
                var left = 1;
                var leftSize = new double[types];
                AddSizeTo(leftSize, group.Nodes[0].Size);
                while (left < group.Nodes.Count && IsTooSmall(leftSize, minSize))
                {
                    AddSizeTo(leftSize, group.Nodes[left].Size);
                    left++;
                }
                var right = group.Nodes.Count - 2;
                var rightSize = new double[types];
                AddSizeTo(rightSize, group.Nodes[^1].Size);
                while (right >= 0 && IsTooSmall(rightSize, minSize))
                {
                    AddSizeTo(rightSize, group.Nodes[right].Size);
                    right--;
                }

                if (left - 1 > right)
                {
                    // The two runs overlap: no cut keeps both sides at minSize.
                    double[] previousSize;
                    if (right < group.Nodes.Count - left)
                    {
                        SubtractSizeFrom(rightSize, group.Nodes[right + 1].Size);
                        previousSize = rightSize;
                    }
                    else
                    {
                        SubtractSizeFrom(leftSize, group.Nodes[left - 1].Size);
                        previousSize = leftSize;
                    }
                    if (RemoveProblematicNodes(group, previousSize))
                    {
                        queue.Add(group);
                        continue;
                    }
                    // minSize wins over maxSize: the group stays whole though too big.
                    result.Add(group);
                    continue;
                }
                if (left <= right)
                {
                    // Cut where neighbouring keys are least alike, keeping both sides at minSize.
                    var best = -1;
                    var bestSimilarity = int.MaxValue;
                    var pos = left;
                    var restSize = SumSize(group.Nodes, pos, types);
                    while (pos <= right + 1)
                    {
                        var similarity = group.Similarities![pos - 1];
                        if (similarity < bestSimilarity && !IsTooSmall(leftSize, minSize) && !IsTooSmall(restSize, minSize))
                        {
                            best = pos;
                            bestSimilarity = similarity;
                        }
                        AddSizeTo(leftSize, group.Nodes[pos].Size);
                        SubtractSizeFrom(restSize, group.Nodes[pos].Size);
                        pos++;
                    }
                    if (best < 0)
                    {
                        result.Add(group);
                        continue;
                    }
                    left = best;
                    right = best - 1;
                }

                var rightNodes = new List<Node<T>> { group.Nodes[right + 1] };
                var rightSimilarities = new List<int>();
                for (var i = right + 2; i < group.Nodes.Count; i++)
                {
                    rightSimilarities.Add(group.Similarities![i - 1]);
                    rightNodes.Add(group.Nodes[i]);
                }
                queue.Add(new Group<T>(rightNodes, rightSimilarities, types));

                var leftNodes = new List<Node<T>> { group.Nodes[0] };
                var leftSimilarities = new List<int>();
                for (var i = 1; i < left; i++)
                {
                    leftSimilarities.Add(group.Similarities![i - 1]);
                    leftNodes.Add(group.Nodes[i]);
                }
                queue.Add(new Group<T>(leftNodes, leftSimilarities, types));
            }
        }

        result.Sort(static (a, b) => string.CompareOrdinal(a.Nodes[0].Key, b.Nodes[0].Key));

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<Part<T>>(result.Count);
        foreach (var group in result)
        {
            var key = group.Nodes.Count == 1 ? group.Nodes[0].Key : GetName(group.Nodes[0].Key, group.Nodes[^1].Key, usedNames);
            var partItems = new List<T>(group.Nodes.Count);
            foreach (var node in group.Nodes)
                partItems.Add(node.Item);
            parts.Add(new Part<T>(key, partItems));
        }
        return parts;

        // A working set already below minSize: its offending nodes join the smallest result part
        // with the same size types (or become a part of their own).
        bool RemoveProblematicNodes(Group<T> group, double[] consideredSize)
        {
            var problemTypes = TooSmallTypes(consideredSize, minSize);
            if (problemTypes.Count == 0)
                return false;
            var problemNodes = group.PopNodes(node => MatchingSizeTypes(node.Size, problemTypes) > 0, types);
            if (problemNodes is null)
                return false;
            Group<T>? bestGroup = null;
            foreach (var candidate in result)
            {
                if (MatchingSizeTypes(candidate.Size, problemTypes) == 0)
                    continue;
                if (bestGroup is null)
                {
                    bestGroup = candidate;
                    continue;
                }
                var bestMatches = MatchingSizeTypes(bestGroup.Size, problemTypes);
                var candidateMatches = MatchingSizeTypes(candidate.Size, problemTypes);
                if (bestMatches != candidateMatches)
                {
                    if (bestMatches < candidateMatches)
                        bestGroup = candidate;
                    continue;
                }
                if (SelectiveSizeSum(bestGroup.Size, problemTypes) > SelectiveSizeSum(candidate.Size, problemTypes))
                    bestGroup = candidate;
            }
            if (bestGroup is not null)
            {
                bestGroup.Nodes.AddRange(problemNodes);
                bestGroup.Nodes.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            }
            else
            {
                result.Add(new Group<T>(problemNodes, null, types));
            }
            return true;
        }
    }

    // How alike two keys are: close characters at the same positions score high.
    private static int Similarity(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var distance = 0;
        for (var i = 0; i < length; i++)
            distance += Math.Max(0, 10 - Math.Abs(a[i] - b[i]));
        return distance;
    }

    // The shortest prefix of `a` past the first difference from `b` not used yet (case-insensitively).
    private static string GetName(string a, string b, HashSet<string> usedNames)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length)
        {
            if (a[i] != b[i])
            {
                i++;
                break;
            }
            i++;
        }
        while (i < length)
        {
            var name = a[..i];
            if (usedNames.Add(name.ToLowerInvariant()))
                return name;
            i++;
        }
        // Keys end in a hash, so the whole key is unique.
        return a;
    }

    private static List<int> Similarities<T>(List<Node<T>> nodes)
    {
        var similarities = new List<int>(Math.Max(0, nodes.Count - 1));
        for (var i = 1; i < nodes.Count; i++)
            similarities.Add(Similarity(nodes[i - 1].Key, nodes[i].Key));
        return similarities;
    }

    private static double[] SumSize<T>(List<Node<T>> nodes, int start, int types)
    {
        var sum = new double[types];
        for (var i = start; i < nodes.Count; i++)
            AddSizeTo(sum, nodes[i].Size);
        return sum;
    }

    private static void AddSizeTo(double[] total, double[] size)
    {
        for (var i = 0; i < size.Length && i < total.Length; i++)
            total[i] += size[i];
    }

    private static void SubtractSizeFrom(double[] total, double[] size)
    {
        for (var i = 0; i < size.Length && i < total.Length; i++)
            total[i] -= size[i];
    }

    private static bool IsTooBig(double[] size, SizeLimits maxSize)
    {
        for (var type = 0; type < size.Length; type++)
        {
            var s = size[type];
            if (s == 0) continue;
            var max = maxSize.Get(type);
            if (!double.IsNaN(max) && s > max) return true;
        }
        return false;
    }

    private static bool IsTooSmall(double[] size, SizeLimits minSize)
    {
        for (var type = 0; type < size.Length; type++)
        {
            var s = size[type];
            if (s == 0) continue;
            var min = minSize.Get(type);
            if (!double.IsNaN(min) && s < min) return true;
        }
        return false;
    }

    private static List<int> TooSmallTypes(double[] size, SizeLimits minSize)
    {
        var types = new List<int>();
        for (var type = 0; type < size.Length; type++)
        {
            var s = size[type];
            if (s == 0) continue;
            var min = minSize.Get(type);
            if (!double.IsNaN(min) && s < min) types.Add(type);
        }
        return types;
    }

    private static int MatchingSizeTypes(double[] size, List<int> types)
    {
        var count = 0;
        for (var type = 0; type < size.Length; type++)
        {
            if (size[type] != 0 && types.Contains(type)) count++;
        }
        return count;
    }

    private static double SelectiveSizeSum(double[] size, List<int> types)
    {
        double sum = 0;
        for (var type = 0; type < size.Length; type++)
        {
            if (size[type] != 0 && types.Contains(type)) sum += size[type];
        }
        return sum;
    }
}
