// Type predicates (`x is T`), assertion signatures (`asserts x`, `asserts x is T`),
// `this is T` predicates and assertion functions used as statements.

function isString(x: unknown): x is string {
    return typeof x === "string";
}
function isNonNull<T>(x: T): x is NonNullable<T> {
    return x != null;
}
function assert(cond: unknown, msg?: string): asserts cond {
    if (!cond) throw new Error("assertion failed: " + (msg ?? "?"));
}
function assertIsNumber(x: unknown): asserts x is number {
    if (typeof x !== "number") throw new TypeError(`not a number: ${String(x)}`);
}

const mixed: unknown[] = ["a", 1, null, "b", undefined, 2];
console.log("filtered strings", mixed.filter(isString));
console.log("non null", mixed.filter(isNonNull));

const val: unknown = 41;
assertIsNumber(val);
console.log("asserted number", val + 1);
try {
    assertIsNumber("nope");
} catch (e) {
    console.log("assertion threw", (e as Error).message);
}
assert(1 < 2, "math");
try {
    assert(0, "zero");
} catch (e) {
    console.log((e as Error).message);
}

class Node2 {
    constructor(public kind: "leaf" | "branch", public children: Node2[] = []) {}
    isLeaf(): this is Leaf {
        return this.kind === "leaf";
    }
    assertBranch(): asserts this is Node2 & { kind: "branch" } {
        if (this.kind !== "branch") throw new Error("not a branch");
    }
}
type Leaf = Node2 & { kind: "leaf"; children: [] };
const nodes = [new Node2("leaf"), new Node2("branch", [new Node2("leaf")])];
console.log("this predicates", nodes.map((n) => n.isLeaf()));
const branch: Node2 = nodes[1];
branch.assertBranch();
const leaf: Node2 = nodes[0];
try { leaf.assertBranch(); } catch (e) { console.log("this assertion", (e as Error).message); }

// Arrow functions and methods with predicates, including a parameter named `asserts` and `is`
const isEven = (n: number): n is 2 | 4 | 6 => n % 2 === 0;
const asserts = (is: boolean): is is true => is;
console.log("arrow predicates", [1, 2, 3, 4].filter(isEven), asserts(true), asserts(false));
const obj = {
    isArr(x: unknown): x is unknown[] { return Array.isArray(x); },
};
console.log("method predicate", obj.isArr([]), obj.isArr({}));

// Predicate in a function type annotation
const guard: (x: unknown) => x is number = (x): x is number => typeof x === "number";
console.log("guard type", [1, "2", 3].filter(guard));
