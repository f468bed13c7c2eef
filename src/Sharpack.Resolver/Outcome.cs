// What a step answers, as in enhanced-resolve's callbacks: nothing (the next step of the same hook
// runs), stop (a found-but-failed branch: the hook's later steps are skipped, and the caller goes
// on), a result, or an error (which ends the whole resolution).

namespace Sharpack.Resolver;

/// <summary>The answer of one resolution step.</summary>
internal readonly struct Outcome
{
    public readonly OutcomeKind Kind;
    public readonly Request Result;
    public readonly string? Error;

    private Outcome(OutcomeKind kind, Request result, string? error)
    {
        Kind = kind;
        Result = result;
        Error = error;
    }

    public static Outcome Continue => default;

    public static Outcome Stop => new(OutcomeKind.Stop, default, null);

    public static Outcome Found(in Request result) => new(OutcomeKind.Found, result, null);

    public static Outcome Fail(string error) => new(OutcomeKind.Error, default, error);

    /// <summary>What the caller of a hook sees (doResolve): a stop inside the hook is "nothing" outside.</summary>
    public Outcome Outside => Kind == OutcomeKind.Stop ? default : this;

    /// <summary>ConditionalPlugin without alternatives and DescriptionFilePlugin: "nothing" from the target becomes stop.</summary>
    public Outcome OrStop => Kind == OutcomeKind.Continue ? Stop : this;

    public bool IsContinue => Kind == OutcomeKind.Continue;
}
