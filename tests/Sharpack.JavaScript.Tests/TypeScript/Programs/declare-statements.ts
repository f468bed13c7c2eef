// `declare` statements of every kind (var/let/const/function/class/enum/const enum/module/
// namespace/global) interleaved with code that must survive. Nothing declared is referenced
// at runtime, except through `typeof` guards that tolerate its absence.

export {};

let order: string[] = [];
order.push("start");
declare var declaredVar: number;
order.push("after declare var");
declare let declaredLet: string, declaredLet2: boolean;
declare const declaredConst: { readonly x: number };
order.push("after declare let/const");
declare function declaredFn(x: number): string;
declare function declaredFn(x: string): number;
order.push("after declare function");
declare class DeclaredClass<T> {
    constructor(x: T);
    method(): T;
    static create(): DeclaredClass<number>;
    private secret;
}
order.push("after declare class");
declare enum DeclaredEnum { A, B }
declare const enum DeclaredConstEnum { X = 1 }
order.push("after declare enum");
declare namespace DeclaredNs {
    const inside: number;
    function f(): void;
    namespace Nested { let deep: string; }
}
declare module DeclaredModule {
    export const y: number;
}
declare module "some-ambient-module" {
    export const z: number;
}
order.push("after declare namespace/module");
declare global {
    interface Window { __declared?: boolean }
    var __globalDeclared: number | undefined;
}
order.push("after declare global");
console.log(order);

// The declared names do not exist at runtime
console.log("typeof checks", typeof declaredVar, typeof declaredFn, typeof DeclaredClass, typeof DeclaredEnum, typeof DeclaredNs, typeof DeclaredModule, typeof __globalDeclared);

// declare inside namespaces, and `declare` fields are covered elsewhere; here a namespace
// mixing declared and real members
namespace Real {
    declare const ambient: number;
    export declare function ambientFn(): void;
    export const real = "real member";
    declare class Ambient {}
    export function useReal(): string { return real + "!"; }
}
console.log("namespace", Object.keys(Real), Real.useReal());

// `declare` used as an identifier
const declare = { module: "m", namespace: "n", global: "g" };
let declared = declare.module + declare.namespace + declare.global;
console.log("identifier declare", declared);
let module = "module var", namespace = "namespace var", global = "global var";
console.log("identifiers module/namespace/global", module, namespace, global);

// declare followed by a line break is an expression statement `declare`, then a new statement
declare
const afterNewline = "after declare newline";
console.log(afterNewline);

// overload signatures for a real function next to declared ones
function real(x: number): number;
function real(x: string): string;
function real(x: any): any { return x; }
console.log("real function after declares", real(1), real("s"), real.length);
