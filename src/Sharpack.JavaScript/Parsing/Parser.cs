// Placeholder until the parser lands.
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Diagnostics;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser(string source, ParseOptions options, LineTable lines)
{
    public Program? ParseProgram(out SyntaxError? error) { _ = source; _ = options; _ = lines; throw new NotImplementedException(); }
}
