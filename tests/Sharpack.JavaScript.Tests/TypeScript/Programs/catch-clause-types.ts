// Catch clause variables annotated with `unknown` / `any`, destructured catch bindings,
// optional catch binding, and narrowing inside the catch block.

function risky(kind: number): void {
    if (kind === 0) throw new TypeError("type error");
    if (kind === 1) throw "a string";
    if (kind === 2) throw { code: 42, message: "object" };
    if (kind === 3) throw 7;
}

for (let kind = 0; kind <= 4; kind++) {
    try {
        risky(kind);
        console.log(kind, "no throw");
    } catch (err: unknown) {
        if (err instanceof Error) {
            console.log(kind, "Error", err.name, err.message);
        } else if (typeof err === "string") {
            console.log(kind, "string", err.toUpperCase());
        } else if (typeof err === "object" && err !== null && "code" in err) {
            console.log(kind, "object", (err as { code: number }).code);
        } else {
            console.log(kind, "other", typeof err, err);
        }
    } finally {
        console.log(kind, "finally");
    }
}

try {
    risky(2);
} catch (e: any) {
    console.log("any", e.code, e.message);
}

try {
    risky(2);
} catch ({ code, message }: any) {
    console.log("destructured", code, message);
}

try {
    risky(0);
} catch {
    console.log("optional catch binding");
}

// Nested try with a rethrow, and `as` casts on the caught value.
function wrap(): string {
    try {
        try {
            risky(1);
            return "unreachable";
        } catch (inner: unknown) {
            throw new Error("wrapped: " + (inner as string));
        }
    } catch (outer: unknown) {
        return (outer as Error).message;
    }
}
console.log(wrap());

// A catch variable that shadows a type name that is also a value.
const Err = "outer Err value";
type Err = { tag: string };
try {
    throw { tag: "caught" } satisfies Err;
} catch (Err: unknown) {
    console.log("shadowed", (Err as { tag: string }).tag);
}
console.log("restored", Err);

// Promise rejection handlers with annotations
Promise.reject(new RangeError("range"))
    .catch((reason: unknown): string => (reason as Error).constructor.name)
    .then((name: string) => console.log("promise catch", name));
