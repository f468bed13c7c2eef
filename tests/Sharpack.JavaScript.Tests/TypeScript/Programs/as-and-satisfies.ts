// `as` and `satisfies` expressions: precedence against arithmetic, comparisons, assignment,
// chaining, as assignment targets, inside templates, arrow bodies, and with `as const`.

const n: unknown = 5;
const a = n as number + 1;
const b = (n as number) * 2;
const c = 1 + (n as number) as number;
const d = n as unknown as string as any as number;
const e = (n satisfies unknown) as number - 1;
const f = [1, 2] satisfies number[] as readonly number[];
console.log("precedence", a, b, c, d, e, f);

const cmp = (n as number) < 10 as boolean;
const lt = 3 < (n as number);
console.log("comparisons", cmp, lt);

// As assignment targets
let target: unknown = 0;
(target as number) = 10;
(target as number) += 5;
const holder: { value?: unknown } = {};
(holder.value as number) = 1;
(holder as any).other = "other";
(holder.value as number)++;
[(target as number)] = [99];
({ x: (holder.value as number) } = { x: 42 });
console.log("assignment targets", target, holder);

// satisfies keeps the narrower literal type at runtime nothing changes
const palette = {
    red: [255, 0, 0],
    green: "#00ff00",
} satisfies Record<string, string | number[]>;
console.log("satisfies", palette.red.length, palette.green.toUpperCase());

const config = { port: 8080, hosts: ["a", "b"] } as const satisfies { port: number; hosts: readonly string[] };
console.log("as const satisfies", config.port, config.hosts);

// In arrow bodies, conditionals, calls, templates, spread and optional chaining
const toNum = (x: unknown) => x as number;
const pick = (flag: boolean) => (flag ? "yes" as const : 0 as const);
const obj = { deep: { v: "deep" } } as { deep?: { v: string } };
console.log("arrows", toNum(3), pick(true), pick(false), (obj as any).deep?.v, obj.deep?.v as string);
console.log(`template ${n as number * 3} ${n satisfies unknown}`);
console.log("spread", ...([1, 2] as number[]), Math.max(...(([3, 4]) as number[])));

// `as` and `satisfies` as identifiers
const as = 1, satisfies = 2;
const sum = as + satisfies;
const asObj = { as: "as", satisfies: "satisfies" };
console.log("identifiers", sum, asObj.as as string, asObj.satisfies satisfies string);

// A line break before `as`/`satisfies` ends the expression (ASI): the next lines are
// expression statements reading the variables named `as` and `satisfies`.
const multi = as
as
satisfies
console.log("newline as", multi);

// as with generic type containing `>>`
const map = new Map([[1, [2]]]) as Map<number, Array<number>>;
console.log("generic assertion", map.get(1));
