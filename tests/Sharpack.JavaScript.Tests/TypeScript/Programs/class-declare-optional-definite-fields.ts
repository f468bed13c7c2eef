// `declare` fields (not emitted), optional `x?: T` and definite `x!: T` fields (emitted without
// initializer under useDefineForClassFields), readonly fields, fields typed but never
// assigned, static variants, and the effect on inherited values and accessors.

class Base {
    fromBase = "base value";
    declaredOnly = "set by base";
    get accessor(): string { return "base accessor"; }
}

class Derived extends Base {
    declare declaredOnly: string; // keeps the base value
    declare readonly declaredReadonly: number;
    optional?: string; // redefines as undefined
    definite!: number; // redefines as undefined
    fromBase!: string; // shadows the base value with undefined
    typedOnly: string | undefined;
    static declare staticDeclared: number;
    static staticOptional?: boolean;
    static staticDefinite: string;
    readonly ro: number = 1;
    accessorField?: string;
}

const d = new Derived();
console.log("keys", Object.keys(d));
console.log("values", d.declaredOnly, d.optional, d.definite, d.fromBase, d.typedOnly, d.ro);
console.log("hasOwn", ["declaredOnly", "declaredReadonly", "optional", "definite", "fromBase", "typedOnly"].map((k) => `${k}=${Object.hasOwn(d, k)}`).join(" "));
console.log("static keys", Object.keys(Derived), Object.hasOwn(Derived, "staticDeclared"));
console.log("accessor inherited", d.accessor);

// A class field shadowing an inherited accessor: define semantics create an own property
class ShadowAccessor extends Base {
    accessor2?: string;
    // @ts-ignore -- intentional: a field named like the base accessor
    accessor: string = "own field";
}
const sa = new ShadowAccessor();
console.log("shadow accessor", sa.accessor, Object.keys(sa));

// Optional methods are types only; optional properties with initializers are real fields
class Optional {
    method?(): string;
    withInit?: string = "has init";
    arrow?: () => string = () => "arrow field";
}
const o = new Optional();
console.log("optional members", Object.keys(o), typeof o.method, o.withInit, o.arrow?.());

// `declare` as a field name, and a field named `declare` with a type
class Named {
    declare = "field named declare";
    readonly: boolean = true;
    static: number = 1;
}
console.log("named", new Named());
