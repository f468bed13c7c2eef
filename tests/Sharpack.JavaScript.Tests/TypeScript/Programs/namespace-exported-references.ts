// References to exported namespace variables from inside the namespace must become property
// accesses (`N.x`), including assignments, updates, destructuring exports, closures,
// shorthand properties, and must not touch shadowing locals.

namespace State {
    export let count = 0;
    export var total = 100, label = "state";
    export let uninitialized: string | undefined;
    export const { first, second: renamed, ...restProps } = { first: 1, second: 2, third: 3, fourth: 4 };
    export const [head, , tail = "default tail"] = ["h", "skipped"];

    export function increment(by: number = 1): number {
        count += by;
        total--;
        return count;
    }
    export function shorthand(): object {
        return { count, label, first, head };
    }
    export function shadowed(count: number): number {
        const label = "local label";
        return count * 1000 + label.length;
    }
    export function closure(): () => number {
        return () => count;
    }
    export function setUninitialized(): void {
        uninitialized = "now set";
        [label] = ["destructured label"];
        ({ total } = { total: 7 });
    }
    export const arrow = () => `${label}:${count}`;
    export class UsesState {
        read(): number { return count; }
        static label = label;
    }
    for (count = 0; count < 3; count++) { /* loop on an exported variable */ }
}
console.log("after loop", State.count);
console.log("increment", State.increment(), State.increment(5), State.count, State.total);
console.log("shorthand", State.shorthand());
console.log("shadowed", State.shadowed(2), State.count, State.label);
const reader = State.closure();
State.count = 42;
console.log("closure sees property", reader(), new State.UsesState().read(), State.UsesState.label);
console.log("uninitialized", State.uninitialized, "uninitialized" in State);
State.setUninitialized();
console.log("after set", State.uninitialized, State.label, State.total, State.arrow());
console.log("destructured exports", State.first, State.renamed, State.restProps, State.head, State.tail);
console.log("keys", Object.keys(State));

// Non-exported variables stay local; typeof on exported vs local
namespace Mixed {
    let secret = "secret";
    export let visible = "visible";
    export function both(): string { return `${secret}/${visible}/${typeof visible}/${typeof secret}`; }
    secret = "changed secret";
    visible = "changed visible";
}
console.log("mixed", Mixed.both(), (Mixed as any).secret, Mixed.visible);

// An exported variable referenced in a nested namespace and a nested function scope
namespace Outer {
    export let shared = "outer shared";
    export namespace Inner {
        export function get(): string { return shared; }
        export function set(v: string): void { shared = v; }
    }
}
Outer.Inner.set("set from inner");
console.log("nested access", Outer.shared, Outer.Inner.get());
