// ASI hazards around erased declarations: a statement without a semicolon, then a line that is
// erased (type alias, interface, declare, type-only export, overload signature, abstract
// member...), then a line starting with `(`, `[`, `` ` ``, `+`, `-` or `/`. Once the middle line
// is erased, the remaining lines must not merge into one expression.

export {}

const log: string[] = []
function fn(..._args: unknown[]) { log.push("fn called (hazard!)"); return fn }
let a = fn
type T1 = number
;(() => log.push("iife after type alias (with leading semicolon)"))()

let b = fn
type T2 = string
(function () { log.push("iife after type alias") })()

let c = fn
interface I1 { x: number }
[1, 2].forEach((n) => log.push("array after interface " + n))

let d = fn
declare const ambient: number
(() => log.push("arrow iife after declare const"))()

let e = fn
declare function ambientFn(): void
[3].map((n) => log.push("array after declare function " + n))

let f = fn
declare namespace AmbientNs { const v: number }
`template after declare namespace`.length && log.push("template after declare namespace")

let g = 10
type T3 = boolean
-1 && log.push("unary minus after type alias, g = " + g)

let h = 20
interface I2 {}
+1 && log.push("unary plus after interface, h = " + h)

let i = "str"
declare let ambientLet: string
/regex/.test("has regex") && log.push("regex after declare let, i = " + i)

let j = fn
export type { T1 }
(() => log.push("iife after export type"))()

let k = fn
export interface Exported { y: string }
[4].forEach((n) => log.push("array after export interface " + n))

let l = fn
declare module "ambient-module" { }
(() => log.push("iife after declare module"))()

let m = fn
declare global { var __asiGlobal: number }
(() => log.push("iife after declare global"))()

let n = fn
function over(x: number): number
function over(x: string): string
function over(x: any) { return x }
(() => log.push("iife after overloads"))()

let o = fn
declare enum AmbientEnum { A }
[5].forEach((x) => log.push("array after declare enum " + x))

let p = fn
namespace TypesOnly { export type Inner = number }
(() => log.push("iife after type-only namespace"))()

let q = fn
type Generic<T> = T[]
(async () => log.push("async iife after generic type alias"))()

// Class bodies: erased members between a field without semicolon and a computed member
class K {
    field = "k"
    declare erased: number
    ["computed"]() { return "computed method" }
    other = 1
    index?: number
    [Symbol.iterator]() { return [this.field][Symbol.iterator]() }
}
const kObj = new K()
log.push("class: " + Object.keys(kObj).join(",") + " " + kObj.computed() + " " + [...kObj].join())

abstract class Abs {
    value = 1
    abstract erased(): void
    ["after abstract"]() { return "abstract erased" }
}
class Conc extends Abs { erased() {} }
log.push("abstract: " + new Conc()["after abstract"]() + " value=" + new Conc().value)

queueMicrotask(() => {
    console.log(log.join("\n"))
    console.log("variables", [a, b, c, d, e, f, j, k, l, m, n, o, p, q].every((v) => v === fn), g, h, i, over(7))
})
