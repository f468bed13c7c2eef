"use strict";
import def, * as ns from "m";
import { a as b } from "m" with { type: "json" };
export default class K extends (Base) { static #x = 1; y; static { this.z = 1; } get [k]() {} #m() {} }
export const [p, ...r] = [1, , 2], { s = 1, ...t } = {};
const re = /ab+c/gi, big = 10n, tpl = `a${b}c${d}e`, tag = f`x`;
label: for (let i = 0; i < 1; i++) { continue label; }
x?.y?.(z)?.[w];
async function* g() { yield* await import("x"); for await (const v of g()) {} }
function nt() { new.target; } import.meta;
(a, b) => { "use strict"; };
class E { constructor() { super.x; } }
try {} catch {} finally {}
switch (a) { case 1: default: }
a ??= b ||= c;
