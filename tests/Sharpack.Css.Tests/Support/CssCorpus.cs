// The real-world CSS the corpus tests read: Corpus/css-corpus.txt's files, installed in
// tests/fixtures/node_modules by tests/setup.sh.

namespace Sharpack.Css.Tests.Support;

internal static class CssCorpus
{
    public static string Folder => Path.Combine(Sharpack.Tests.TestRepository.TestSources("Sharpack.Css.Tests"), "Corpus");

    /// <summary>(name, absolute path) of every listed file.</summary>
    public static List<(string Name, string Path)> Files()
    {
        var modules = Path.Combine(Sharpack.Tests.TestRepository.Fixtures, "node_modules");
        var files = new List<(string, string)>();
        foreach (var raw in File.ReadAllLines(Path.Combine(Folder, "css-corpus.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var path = Path.Combine(modules, line);
            if (!File.Exists(path))
                throw new InvalidOperationException($"Corpus file {line} is missing ({path}). Run tests/setup.sh (./test.sh does) to install the fixtures.");
            files.Add((line, path));
        }
        return files;
    }
}
