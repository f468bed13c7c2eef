// Template literal types (with intrinsic string manipulation types) next to real template
// literals, which must be kept exactly — including `${` sequences inside type positions.

type Greeting = `hello ${string}`;
type EventName<T extends string> = `${T}Changed`;
type Upper = Uppercase<"abc">;
type Cap = Capitalize<"word">;
type Route = `/${"users" | "posts"}/${number}`;
type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S;
type Split<S extends string, D extends string> = S extends `${infer H}${D}${infer T}` ? [H, ...Split<T, D>] : [S];

const greet: Greeting = `hello ${"world"}`;
const ev: EventName<"value"> = "valueChanged";
const up: Upper = "ABC";
const cap: Cap = "Word";
const route: Route = `/users/${42}`;
const trimmed: Trim<"   x"> = "x";
const parts: Split<"a.b.c", "."> = ["a", "b", "c"];
console.log(greet, ev, up, cap, route, trimmed, parts);

function on<T extends string>(name: T, handler: (e: `${T}:fired`) => void): void {
    handler(`${name}:fired` as `${T}:fired`);
}
on("click", (e: `click:fired`) => console.log("event", e));

// Real template literals with awkward contents
const n: number = 3;
const nested = `outer ${`inner ${n + 1} ${`deepest ${n as number}`}`} end`;
console.log(nested);
const withTypes = `${(n satisfies number) * 2}|${<number>n}|${n!}`;
console.log(withTypes);
const raw = String.raw`a\tb${n}\u{41}`;
console.log(raw, raw.length);
const escapes = `line1\nline2\t\`tick\` \${not a placeholder} $ {space} $`;
console.log(escapes);
const multi = `first
  second ${"third"}
fourth`;
console.log(JSON.stringify(multi));

// Tagged templates with type-annotated tag functions
function tag(strings: TemplateStringsArray, ...values: (string | number)[]): string {
    return strings.raw.map((s, i) => s + (i < values.length ? `[${values[i]}]` : "")).join("");
}
console.log(tag`x${1}y${"two"}z\n`);

// A type whose literal looks like template-literal code
type Weird = `${"`"}${"${"}`;
const weird: Weird = "`${";
console.log("weird", weird);
