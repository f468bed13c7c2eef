// Non-null assertions `!` in every expression position: member access, element access, calls,
// `new`, optional chains, assignment targets (simple, compound, update, destructuring, for-of),
// chained `!!`, and next to the logical-not operator.

type Maybe<T> = T | null | undefined;
const obj: Maybe<{ a?: number; list?: number[]; fn?: () => string; inner?: { v?: string } }> = {
    a: 1,
    list: [10, 20],
    fn: () => "called",
    inner: { v: "inner" },
};

console.log("member", obj!.a, obj!.inner!.v!.toUpperCase());
console.log("element", obj!.list![0], obj!["list"]![1]);
console.log("call", obj!.fn!(), (obj!.fn)!());
const getter: Maybe<() => Maybe<string>> = () => "nested";
console.log("call result", getter!()!.length);

// Optional chain followed by non-null assertions
const maybe: Maybe<{ deep?: { deeper?: number[] } }> = { deep: { deeper: [7] } };
console.log("optional chain", maybe?.deep!.deeper![0], maybe!?.deep?.deeper!.length);
const nothing: Maybe<{ deep: { x: number } }> = null;
console.log("short circuit", nothing?.deep!.x);

// Assignment targets
const target: { a?: number; b?: number; arr?: number[]; o?: { p?: number } } = { arr: [0, 0], o: {} };
target.a! = 1;
target.b! = 2;
target.a! += 10;
target.b!++;
--target.b!;
target.arr![1]! = 5;
target.o!.p! = 3;
target["o"]!["p"]! *= 2;
[target.a!, target.b!] = [100, 200];
({ x: target.o!.p! } = { x: 9 });
for (target.arr![0]! of [41, 42]) {}
console.log("assignment targets", JSON.stringify(target));

let local: number | undefined;
local! = 5;
local!++;
local! **= 2;
console.log("identifier target", local);

// `!!` is two assertions on the identifier, then `!x` logical not
const value: Maybe<string> = "v";
const asserted = value!!;
const notNot = !!value;
const mixed = !value!;
console.log("bangs", asserted, notNot, mixed);

// `new` with asserted constructor, asserted `this`, and assertions before `as`
const Ctor: Maybe<new (x: number) => { x: number }> = class { constructor(public x: number) {} };
console.log("new", new Ctor!(4).x);
class Self {
    prop: Maybe<string> = "self";
    read(): number { return this!.prop!.length; }
}
console.log("this", new Self().read());
const cast = (value! as string).toUpperCase();
console.log("before as", cast);

// Non-null inside templates, spread, computed keys, arrow bodies and conditionals
const arr: Maybe<number[]> = [1, 2, 3];
const key: Maybe<string> = "k";
const computed = { [key!]: arr!.length };
const arrow = (): number => arr!.reduce((s, n) => s + n, 0);
console.log(`template ${arr![0]}`, ...arr!, computed, arrow(), arr! ? "truthy" : "falsy");

// A `!` followed by a line break: ASI does not apply, the next line continues
const ref: Maybe<number[]> = [5, 6];
const split = ref!
[1];
console.log("line break after !", split);
// `a! == b` and `a! === b` vs `a != b`
const eqA: Maybe<number> = 1;
console.log("equality", eqA! == 1, eqA! === 1, eqA != 1, eqA !== 1);
