// Follows webpack's JavascriptParser scope.terminated: inside a function, a `return` or `throw`
// (or an `if`/`try` whose every path ends in one) ends the statement list it is in; the statements
// after it are dead, and the unusedStatement hook may drop them (ConstPlugin keeps the names they
// hoist) so that what they require is not bundled. Function declarations after it are still walked
// (they are hoisted). Loops and labels do not end the list around them, functions start afresh, and
// the top level is never ended (exports and module.exports may follow).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    private const int TerminatedByReturn = 1;
    private const int TerminatedByThrow = 2;

    // 0, or how the statement list being walked ended so far.
    private int _terminated;

    /// <summary>Whether the walk is at the module's top level (in no function, arrow or class body).</summary>
    public bool InTopLevelScope => _functionDepth == 0;

    // webpack's walkStatements: after the list ends, only function declarations and the
    // statements no hook drops are walked.
    private void VisitStatements(Node[] statements)
    {
        var onlyFunctionDeclarations = false;
        foreach (var statement in statements)
        {
            if (onlyFunctionDeclarations && statement.Type != NodeType.FunctionDeclaration && _hooks.UnusedStatement.Call(this, statement) == true)
                continue;
            Visit(statement);
            if (_terminated != 0)
                onlyFunctionDeclarations = true;
        }
    }

    // webpack's walkTerminatingStatement.
    private void VisitTerminating(Node statement, Node? argument)
    {
        if (argument is not null)
            Visit(argument);
        if (_functionDepth == 0)
            return;
        if (_hooks.Terminate.Call(this, statement) == true)
            _terminated = statement.Type == NodeType.ReturnStatement ? TerminatedByReturn : TerminatedByThrow;
    }

    // An `if` ends the list when both branches do (a branch the evaluator rules out is not walked).
    private void VisitIf(IfStatement statement)
    {
        switch (_hooks.StatementIf.IsUsed ? _hooks.StatementIf.Call(this, statement) : null)
        {
            case null:
                {
                    var start = GuardStart(statement.Test);
                    Visit(statement.Test);
                    VisitGuarded(statement.Consequent, statement.Test, start, condition: true);
                    var consequent = _terminated;
                    _terminated = 0;
                    if (statement.Alternate is { } alternate)
                        VisitGuarded(alternate, statement.Test, start, condition: false);
                    var alternateTerminated = _terminated;
                    _terminated = consequent != 0 && alternateTerminated != 0 ? alternateTerminated : 0;
                    break;
                }
            case true:
                Visit(statement.Consequent);
                if (statement.Alternate is { } dead)
                    (_deadBranches ??= []).Add(dead);
                break;
            case false:
                (_deadBranches ??= []).Add(statement.Consequent);
                if (statement.Alternate is { } live)
                    Visit(live);
                break;
        }
    }

    // The branches of `if`s the evaluator ruled out: never walked, so neither are their statements
    // for the side-effects analysis (webpack's statement hook does not see them).
    private HashSet<Node>? _deadBranches;

    // webpack's walkTryStatement: a finally that ends ends it all; else the try block and its catch both must.
    private void VisitTry(TryStatement statement)
    {
        var inTry = _inTry;
        _inTry = true;
        Visit(statement.Block);
        _inTry = inTry;
        var tryTerminated = _terminated;
        _terminated = 0;
        if (statement.Handler is { } handler)
            Visit(handler);
        var handlerTerminated = _terminated;
        _terminated = 0;
        if (statement.Finalizer is { } finalizer)
            Visit(finalizer);
        var finalizerTerminated = _terminated;
        _terminated = 0;
        if (finalizerTerminated != 0)
            _terminated = finalizerTerminated;
        else if (tryTerminated != 0 && (statement.Handler is null || handlerTerminated != 0))
            _terminated = handlerTerminated != 0 ? handlerTerminated : tryTerminated;
    }

    // A case's statements end only that case.
    private void VisitSwitch(SwitchStatement statement)
    {
        Visit(statement.Discriminant);
        foreach (var switchCase in statement.Cases)
        {
            if (switchCase.Test is { } test)
                Visit(test);
            if (switchCase.Consequent.Length > 0)
            {
                VisitStatements(switchCase.Consequent);
                _terminated = 0;
            }
        }
    }

    // A loop body, a labeled statement or a function: what ends inside does not end the list around it.
    private void VisitOwnScope(Node node)
    {
        var outer = _terminated;
        _terminated = 0;
        base.Visit(node);
        _terminated = outer;
    }
}
