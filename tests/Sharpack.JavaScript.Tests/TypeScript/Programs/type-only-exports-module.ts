// An ES module whose export list mixes values with type-only declarations and specifiers.
// Exports of types must be erased (a surviving `export { SomeInterface }` is a link-time
// SyntaxError in node), while value exports and their local uses must stay.

export {};
export type Id = string | number;
export interface Entity { id: Id; name: string }
export declare const declaredConst: number;
export declare function declaredFunction(): void;
export declare class DeclaredClass {}
export declare namespace DeclaredNs { const x: number; }
export declare enum DeclaredEnum { A }
export type { Entity as EntityAlias };

interface LocalInterface { local: true }
type LocalAlias = { alias: true };
class LocalClass { kind = "local class"; }
const localValue = "local value";
function localFunction(): string { return "local function"; }

// A plain export list naming types and values together: only the values survive. (tsc flags
// the type names here with TS1205 under isolatedModules, but the declarations are local, so a
// single-file transform can still tell them apart — transpileModule erases them.)
export { LocalInterface, LocalAlias, LocalClass, localValue };
export { type LocalInterface as RenamedInterface, localFunction as renamedFunction };
export type { LocalClass as ClassAsType };

// Exported values that are declared with types
export const exportedConst: Entity = { id: 1, name: "exported" };
export let exportedLet: Id = "let";
export function exportedFunction(e: Entity): string { return `${e.id}:${e.name}`; }
export class ExportedClass implements Entity {
    constructor(public id: Id, public name: string) {}
}
export abstract class ExportedAbstract { abstract m(): void; concrete(): string { return "concrete"; } }
export enum ExportedEnum { One = 1 }
export namespace ExportedNs { export const inside = "inside ns"; }
export namespace ExportedTypeNs { export type OnlyType = number; }
export default interface DefaultInterface { d: number }

console.log(localValue, localFunction(), new LocalClass().kind);
console.log(exportedConst, exportedLet, exportedFunction(exportedConst));
console.log(new ExportedClass(2, "cls"), new (class extends ExportedAbstract { m() {} })().concrete());
console.log(ExportedEnum.One, ExportedEnum[1], ExportedNs.inside, typeof ExportedNs);
console.log("typeof type-only names", typeof (globalThis as any).LocalInterface, typeof (globalThis as any).ExportedTypeNs);
const asType: LocalInterface & LocalAlias = { local: true, alias: true };
console.log(asType);
