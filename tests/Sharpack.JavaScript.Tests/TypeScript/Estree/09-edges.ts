function f(): void;
function f(x?: number) {}
export default function d(): void;
export interface EI {}
export type ET = 1;
export enum EE { A }
export namespace EN {}
export declare namespace EDN {}
export declare function edf(): void;
export abstract class EAC {}
let q: A.B;
type TT = typeof this.x;
type TI = import("x").A.B;
try {} catch (e: unknown) {}
x! = 1;
type KT = keyof typeof x;
type Tpl = `abc`;
type Neg = -1n;
type AT = (this: Foo) => asserts this is Bar;
type TP = (x: unknown) => this is string;
declare class DC2 { get x(): number; constructor(); constructor(a: string); private static m(): void; }
class PP { constructor(private x = 1, readonly y: any = [], protected override z?: string) {} }
namespace A.B.C {}
let u = x as unknown as T;
let arr = <T>(x: T): T => x;
let asyncArrow = async <T>(x: T): Promise<T> => x;
let gen = function <T>(this: Window, x: T) {};
@dec export class DE1 {}
export @dec class DE2 {}
interface RI { readonly [k: string]: number }
abstract class AM { protected abstract readonly ap?: number; public abstract override am?(): void; private static async *gm() {} }
