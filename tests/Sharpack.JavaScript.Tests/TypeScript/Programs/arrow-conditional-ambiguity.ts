// Arrow functions with parameter/return type annotations inside conditional expressions, where
// `cond ? (x) : y` must stay a conditional and `cond ? (x): T => e : f` is a typed arrow.

function show(label: string, v: unknown): void {
    console.log(label, typeof v === "function" ? `fn(${(v as Function).length}) -> ${JSON.stringify((v as Function)(2))}` : JSON.stringify(v));
}

for (const cond of [true, false]) {
    const x = 10, y = 20, z = 30, w = 40, e = 50, f = 60, g = 70;
    let q = 80;
    console.log("--- cond =", cond);

    // Plain parenthesized consequent: a conditional, not an arrow.
    show("r1", cond ? (x) : y);
    // Typed arrow as the consequent, typed arrow as the alternate.
    show("r2", cond ? (a): number => a + 1 : (b: number) => b);
    // `(a) : b => b * 2` cannot be an arrow (no `:` follows), so `b => b * 2` is the alternate.
    show("r3", cond ? (x) : b => b * 2);
    show("r4", cond ? (x) : (b) => b * 3);
    // Nested conditionals with a typed arrow in the innermost consequent.
    show("r5", cond ? !cond ? (c): number => e : f : g);
    show("r6", cond ? 1 : (n: number): string => String(n));
    show("r7", cond ? (n): number => z : w);
    show("r8", cond ? (x) : (m): number => w);
    show("r9", cond ? (x, y) : z);
    show("r11", cond ? async (n): Promise<number> => n : w);
    show("r12", cond ? ({ a }: { a: number }): typeof a => a : null);
    show("r13", cond ? (n = 1): number => n : (q = 2));
    show("r14", cond ? (x) : y ? (m): number => 1 : 2);
    show("r15", cond ? (x) : [y]);
    show("r16", cond ? (x) : (y) ? (z) : (w));
    show("r17", cond ? ((n: number): number => n * 10) : ((n: number): number => n * 100));
    show("r18", cond ? (n?: number): boolean => n === undefined : (...rest: number[]): number => rest.length);
    show("r19", cond ? <T,>(t: T): T[] => [t] : <T>(t: T): T => t);
}
