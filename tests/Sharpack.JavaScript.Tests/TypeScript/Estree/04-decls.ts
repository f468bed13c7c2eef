enum E { A, B = 2, "C" }
const enum CE { X }
declare enum DE { Y }
namespace N.M { export const x = 1; }
module Mod { }
declare module "foo" { export function f(): void; }
declare module "bar";
declare global { interface Window { x: number } }
declare const dc: number;
declare let dl: string, dm: number;
declare function df(x: number): string;
declare function df(x: string): string;
declare class DC<T> extends Base<T> implements I { m(): void; p: number; }
declare namespace DN { const y: number; }
export declare const ec: number;
export = foo;
import fs = require("fs");
import type T = require("t");
export import Q = N.M;
import type { X } from "x";
import { type Y, Z } from "y";
export type { X };
export * as ns from "z";
export type * from "w";
export default interface DI {}
