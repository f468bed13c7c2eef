// Writes src/Sharpack.Core/Hooks/*.Generated.cs: each tapable hook kind at arities 0 to 3 (one
// file per kind). C# has no variadic generics, so each arity is its own class, as tapable's
// code generation makes one call function per argument count. Run: node tools/gen-hooks.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "Sharpack.Core", "Hooks");

const typeParams = (n) => Array.from({ length: n }, (_, i) => `T${i + 1}`);
const params = (n) => typeParams(n).map((t, i) => `${t} arg${i + 1}`).join(", ");
const args = (n) => Array.from({ length: n }, (_, i) => `arg${i + 1}`).join(", ");
const generic = (list) => (list.length ? `<${list.join(", ")}>` : "");
const boxed = (n) => `[${args(n)}]`;
const typeDocs = (n) => typeParams(n).map((t, i) => `/// <typeparam name="${t}">The type of argument ${i + 1}.</typeparam>\n`).join("");

const kinds = [
	{
		name: "SyncHook",
		doc: "tapable's SyncHook: calls every tap in order.",
		arities: [0, 1, 2, 3],
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Action${generic(tp)}`;
			return {
				fn,
				members: `
    /// <summary>Registers a tap.</summary>
    public void Tap(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Sync);

    /// <summary>Calls every tap in order.</summary>
    public void Call(${params(n)})
    {
        var taps = Entries;
        if (!Intercepted)
        {
            foreach (var tap in taps)
                tap.Fn(${args(n)});
            return;
        }
        InterceptCall(${boxed(n)});
        try
        {
            foreach (var tap in taps)
            {
                InterceptTap(tap.Options);
                tap.Fn(${args(n)});
            }
        }
        catch (Exception e)
        {
            InterceptError(e);
            throw;
        }
        InterceptDone();
    }`,
			};
		},
	},
	{
		name: "SyncBailHook",
		doc: "tapable's SyncBailHook: calls the taps in order until one returns a value other than default (null), and returns it.",
		arities: [0, 1, 2, 3],
		result: true,
		body: (n) => {
			const tp = [...typeParams(n), "TResult"];
			const fn = `Func${generic(tp)}`;
			return {
				fn,
				members: `
    /// <summary>Registers a tap; it returns default (null) to let the next tap answer.</summary>
    public void Tap(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Sync);

    /// <summary>The first answer other than default, or default.</summary>
    public TResult? Call(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            foreach (var tap in taps)
            {
                if (intercepted)
                    InterceptTap(tap.Options);
                var result = tap.Fn(${args(n)});
                if (!EqualityComparer<TResult>.Default.Equals(result, default!))
                {
                    if (intercepted)
                        InterceptResult(result);
                    return result;
                }
            }
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptDone();
        return default;
    }`,
			};
		},
	},
	{
		name: "SyncWaterfallHook",
		doc: "tapable's SyncWaterfallHook: each tap gets the first argument as the previous tap returned it; the call returns the last value.",
		arities: [1, 2, 3],
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Func${generic([...tp, "T1"])}`;
			const rest = n > 1 ? ", " + args(n).split(", ").slice(1).join(", ") : "";
			return {
				fn,
				members: `
    /// <summary>Registers a tap that returns the (possibly new) first argument.</summary>
    public void Tap(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Sync);

    /// <summary>Passes the first argument through every tap; returns what the last one returned.</summary>
    public T1 Call(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            foreach (var tap in taps)
            {
                if (intercepted)
                    InterceptTap(tap.Options);
                arg1 = tap.Fn(arg1${rest});
            }
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptResult(arg1);
        return arg1;
    }`,
			};
		},
	},
	{
		name: "SyncLoopHook",
		doc: "tapable's SyncLoopHook: calls the taps in order; when one returns true, starts over from the first, until a full pass returns false everywhere.",
		arities: [0, 1, 2],
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Func${generic([...tp, "bool"])}`;
			return {
				fn,
				members: `
    /// <summary>Registers a tap; it returns true to make every tap run again.</summary>
    public void Tap(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Sync);

    /// <summary>Runs the taps until none asks for another round.</summary>
    public void Call(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            var again = true;
            while (again)
            {
                again = false;
                if (intercepted)
                    InterceptLoop();
                foreach (var tap in taps)
                {
                    if (intercepted)
                        InterceptTap(tap.Options);
                    if (tap.Fn(${args(n)}))
                    {
                        again = true;
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptDone();
    }`,
			};
		},
	},
	{
		name: "AsyncSeriesHook",
		doc: "tapable's AsyncSeriesHook: awaits each tap in turn.",
		arities: [0, 1, 2, 3],
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Func${generic([...tp, "ValueTask"])}`;
			return {
				fn,
				members: `
    /// <summary>Registers a synchronous tap.</summary>
    public void Tap(TapOptions options, Action${generic(tp)} fn)
    {
        ArgumentNullException.ThrowIfNull(fn);
        Add(options, (${args(n)}) =>
        {
            fn(${args(n)});
            return ValueTask.CompletedTask;
        }, TapType.Sync);
    }

    /// <summary>Registers a tap that returns a task.</summary>
    public void TapAsync(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Async);

    /// <summary>Awaits every tap in order; completes at once when nothing is registered.</summary>
    public ValueTask CallAsync(${params(n)}) => IsUsed ? Run(${args(n) ? args(n) : ""}) : ValueTask.CompletedTask;

    private async ValueTask Run(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            foreach (var tap in taps)
            {
                if (intercepted)
                    InterceptTap(tap.Options);
                await tap.Fn(${args(n)}).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptDone();
    }`,
			};
		},
	},
	{
		name: "AsyncSeriesBailHook",
		doc: "tapable's AsyncSeriesBailHook: awaits each tap in turn until one answers other than default (null), and returns that answer.",
		arities: [0, 1, 2, 3],
		result: true,
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Func${generic([...tp, "ValueTask<TResult>"])}`;
			return {
				fn,
				members: `
    /// <summary>Registers a synchronous tap; it returns default (null) to let the next tap answer.</summary>
    public void Tap(TapOptions options, Func${generic([...tp, "TResult"])} fn)
    {
        ArgumentNullException.ThrowIfNull(fn);
        Add(options, (${args(n)}) => ValueTask.FromResult(fn(${args(n)})), TapType.Sync);
    }

    /// <summary>Registers a tap that returns a task of its answer.</summary>
    public void TapAsync(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Async);

    /// <summary>The first answer other than default, or default.</summary>
    public ValueTask<TResult?> CallAsync(${params(n)}) => IsUsed ? Run(${args(n)}) : ValueTask.FromResult<TResult?>(default);

    private async ValueTask<TResult?> Run(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            foreach (var tap in taps)
            {
                if (intercepted)
                    InterceptTap(tap.Options);
                var result = await tap.Fn(${args(n)}).ConfigureAwait(false);
                if (!EqualityComparer<TResult>.Default.Equals(result, default!))
                {
                    if (intercepted)
                        InterceptResult(result);
                    return result;
                }
            }
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptDone();
        return default;
    }`,
			};
		},
	},
	{
		name: "AsyncSeriesWaterfallHook",
		doc: "tapable's AsyncSeriesWaterfallHook: awaits each tap in turn, passing the first argument as the previous tap returned it.",
		arities: [1, 2, 3],
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Func${generic([...tp, "ValueTask<T1>"])}`;
			const rest = n > 1 ? ", " + args(n).split(", ").slice(1).join(", ") : "";
			return {
				fn,
				members: `
    /// <summary>Registers a synchronous tap that returns the (possibly new) first argument.</summary>
    public void Tap(TapOptions options, Func${generic([...tp, "T1"])} fn)
    {
        ArgumentNullException.ThrowIfNull(fn);
        Add(options, (${args(n)}) => ValueTask.FromResult(fn(${args(n)})), TapType.Sync);
    }

    /// <summary>Registers a tap that returns a task of the (possibly new) first argument.</summary>
    public void TapAsync(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Async);

    /// <summary>Passes the first argument through every tap; returns what the last one returned.</summary>
    public ValueTask<T1> CallAsync(${params(n)}) => IsUsed ? Run(${args(n)}) : ValueTask.FromResult(arg1);

    private async ValueTask<T1> Run(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            foreach (var tap in taps)
            {
                if (intercepted)
                    InterceptTap(tap.Options);
                arg1 = await tap.Fn(arg1${rest}).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptResult(arg1);
        return arg1;
    }`,
			};
		},
	},
	{
		name: "AsyncParallelHook",
		doc: "tapable's AsyncParallelHook: starts every tap, then awaits them all.",
		arities: [0, 1, 2, 3],
		body: (n) => {
			const tp = typeParams(n);
			const fn = `Func${generic([...tp, "ValueTask"])}`;
			return {
				fn,
				members: `
    /// <summary>Registers a synchronous tap.</summary>
    public void Tap(TapOptions options, Action${generic(tp)} fn)
    {
        ArgumentNullException.ThrowIfNull(fn);
        Add(options, (${args(n)}) =>
        {
            fn(${args(n)});
            return ValueTask.CompletedTask;
        }, TapType.Sync);
    }

    /// <summary>Registers a tap that returns a task.</summary>
    public void TapAsync(TapOptions options, ${fn} fn) => Add(options, fn, TapType.Async);

    /// <summary>Starts every tap, then awaits them all; completes at once when nothing is registered.</summary>
    public ValueTask CallAsync(${params(n)}) => IsUsed ? Run(${args(n)}) : ValueTask.CompletedTask;

    private async ValueTask Run(${params(n)})
    {
        var taps = Entries;
        var intercepted = Intercepted;
        if (intercepted)
            InterceptCall(${boxed(n)});
        try
        {
            var running = new Task[taps.Length];
            for (var i = 0; i < taps.Length; i++)
            {
                if (intercepted)
                    InterceptTap(taps[i].Options);
                running[i] = taps[i].Fn(${args(n)}).AsTask();
            }
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (Exception e) when (intercepted)
        {
            InterceptError(e);
            throw;
        }
        if (intercepted)
            InterceptDone();
    }`,
			};
		},
	},
];

for (const kind of kinds) {
	let text = `// <auto-generated> by tools/gen-hooks.mjs; edit the generator, not this file. </auto-generated>
// ${kind.doc}

#nullable enable

namespace Sharpack.Core.Hooks;
`;
	for (const n of kind.arities) {
		const tp = [...typeParams(n), ...(kind.result ? ["TResult"] : [])];
		const { fn, members } = kind.body(n);
		text += `
/// <summary>${kind.doc.replace(/^tapable's \w+: /, "")} Taps take ${n} argument${n === 1 ? "" : "s"}.</summary>
${typeDocs(n)}${kind.result ? '/// <typeparam name="TResult">The answer\'s type; default (null) means no answer.</typeparam>\n' : ""}public sealed class ${kind.name}${generic(tp)}(string? name = null) : Hook<${fn}>(name)
{${members}
}
`;
	}
	writeFileSync(join(out, `${kind.name}.Generated.cs`), text);
}
