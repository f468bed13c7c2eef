// `as const` and `<const>` on literals, arrays, objects, templates and nested structures.
// Only the assertion is removed: objects are not frozen at runtime.

const tuple = [1, "two", { three: 3 }] as const;
const obj = { a: 1, nested: { b: [true, false] } } as const;
const str = "literal" as const;
const tpl = `template-${1 + 1}` as const;
const num = -5 as const;
const big = 10n as const;
const neg = -(3 as const);
console.log(tuple, obj, str, tpl, num, String(big), neg);
console.log("not frozen", Object.isFrozen(tuple), Object.isFrozen(obj), Object.isFrozen(obj.nested));

const directions = ["north", "south", "east", "west"] as const;
type Direction = (typeof directions)[number];
function turn(d: Direction): Direction {
    const i = directions.indexOf(d);
    return directions[(i + 1) % directions.length];
}
console.log("as const array as enum", directions.map(turn));

const routes = {
    home: { path: "/", exact: true },
    user: { path: "/user/:id", exact: false },
} as const;
for (const [name, route] of Object.entries(routes)) {
    console.log("route", name, route.path, route.exact);
}

// In returns, arguments, conditional branches and arrow bodies
function pair<T>(x: T) {
    return [x, x] as const;
}
const lit = (b: boolean) => (b ? ("yes" as const) : ("no" as const));
const fromArrow = () => ({ kind: "arrow" }) as const;
console.log("contexts", pair(7), lit(true), lit(false), fromArrow());
console.log("argument", JSON.stringify(["x", { y: 1 }] as const));

// Mutation still works at runtime even though the type says readonly
const mutable = { count: 0 } as const;
(mutable as { count: number }).count++;
console.log("mutated readonly", mutable.count);

// `const` and `as` as property names, next to `as const`
const holder = { const: "c" as const, as: { const: "d" } as const };
console.log("const props", holder.const, holder.as.const);
