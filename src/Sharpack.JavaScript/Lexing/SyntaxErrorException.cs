// Thrown inside the parser to unwind to ParseProgram at the first error. Only ever thrown
// for bad input, so its cost is paid only on the failure path.

namespace Sharpack.JavaScript.Lexing;

internal sealed class SyntaxErrorException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
