// One case of WebpackCases.Generated.cs: a source tree and what webpack-sources made of it.

namespace Sharpack.Sources.Tests;

/// <param name="Name">What the case shows.</param>
/// <param name="Tree">The source tree in CaseTree's JSON form.</param>
/// <param name="Text">webpack's source().</param>
/// <param name="Size">webpack's size().</param>
/// <param name="MapJson">JSON.stringify(map({ columns: true })), "null" without a map.</param>
/// <param name="LinesMapJson">JSON.stringify(map({ columns: false })).</param>
internal sealed record WebpackCase(string Name, string Tree, string Text, int Size, string MapJson, string LinesMapJson);
