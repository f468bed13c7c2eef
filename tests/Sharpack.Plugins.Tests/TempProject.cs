// A project folder for one test: files written under it, the build's output read from its dist/
// folder, and the folder removed afterwards.

namespace Sharpack.Plugins.Tests;

internal sealed class TempProject : IDisposable
{
    /// <summary>A new empty folder named with <paramref name="prefix"/>.</summary>
    public TempProject(string prefix) => Root = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (folders made as needed).</summary>
    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The text of an output file, under dist/.</summary>
    public string ReadOutput(string file) => File.ReadAllText(Path.Combine(Root, "dist", file));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
