// Function overload signatures at top level, in namespaces, exported, async/generator,
// generic, in nested functions and in class bodies: only the implementation survives.

function pad(value: string): string;
function pad(value: number, width: number): string;
function pad(value: string | number, width: number = 6): string {
    return String(value).padStart(width, ".");
}
console.log("top-level", pad("x"), pad(42, 4), pad.length, pad.name);

function parse(input: "number"): number;
function parse(input: "string"): string;
function parse<T>(input: "json", reviver: (raw: unknown) => T): T;
function parse(input: string, reviver?: (raw: unknown) => unknown): unknown {
    if (input === "number") return 1;
    if (input === "string") return "one";
    return reviver!(JSON.parse('{"json":true}'));
}
console.log("literal overloads", parse("number"), parse("string"), parse("json", (r) => r));

export function exported(a: number): number;
export function exported(a: string): string;
export function exported(a: any): any { return a; }
console.log("exported", exported(1), exported("s"));

async function fetchValue(id: number): Promise<string>;
async function fetchValue(id: string): Promise<string>;
async function fetchValue(id: number | string): Promise<string> {
    return `value ${id}`;
}
fetchValue(3).then((v) => console.log("async overloads", v));

function range(end: number): Generator<number>;
function range(start: number, end: number): Generator<number>;
function* range(a: number, b?: number): Generator<number> {
    const [start, end] = b === undefined ? [0, a] : [a, b];
    for (let i = start; i < end; i++) yield i;
}
console.log("generator overloads", [...range(3)], [...range(2, 5)]);

namespace Formatting {
    export function fmt(x: Date): string;
    export function fmt(x: number): string;
    export function fmt(x: Date | number): string {
        return typeof x === "number" ? x.toFixed(1) : x.toISOString().slice(0, 10);
    }
}
console.log("namespace overloads", Formatting.fmt(1), Formatting.fmt(new Date(0)), Object.keys(Formatting));

function outer(): string {
    function inner(x: number): string;
    function inner(x: boolean): string;
    function inner(x: unknown): string { return `inner(${x})`; }
    return inner(1) + inner(true);
}
console.log("nested overloads", outer());

// Overloads are hoisted like the implementation (called before the declaration)
console.log("hoisted", hoisted(2));
function hoisted(x: number): number;
function hoisted(x: string): string;
function hoisted(x: any) { return x; }

// Overload signatures separated by comments and blank lines
function spaced(a: 1): "one";

// a comment between overloads

/* block comment */ function spaced(a: 2): "two";
function spaced(a: number): string { return a === 1 ? "one" : "two"; }
console.log("spaced", spaced(1), spaced(2));

// Default export overloads
export default function def(x: number): number;
export default function def(x: any): any { return x * 2; }
console.log("default export overloads", def(21));
