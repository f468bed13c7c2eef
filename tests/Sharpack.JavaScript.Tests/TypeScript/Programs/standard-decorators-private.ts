// Standard decorators on private elements, computed keys (symbols too) and class expressions.
(Symbol as any).metadata ??= Symbol("Symbol.metadata");
const log: string[] = [];
function seen(value: any, context: DecoratorContext) {
  const name = typeof context.name === "symbol" ? context.name.toString() : context.name;
  log.push(`${context.kind} ${name} private=${"private" in context ? context.private : "-"} static=${"static" in context ? context.static : "-"}`);
  context.addInitializer(function () { log.push(`init ${name}`); });
  if (context.kind === "method" && context.private)
    return function (this: any, ...args: any[]) { return "wrapped(" + value.apply(this, args) + ")"; };
  if (context.kind === "getter") return function (this: any) { return "got:" + value.call(this); };
  if (context.kind === "accessor") return { get(this: any) { return value.get.call(this) * 2; }, set: value.set, init: (v: number) => v + 100 };
  if (context.kind === "field") return (v: number) => (v ?? 0) + 1;
}
function expose(_value: unknown, context: ClassMemberDecoratorContext) {
  (globalThis as any).accessors ??= [];
  (globalThis as any).accessors.push(context.access);
}

const key = "dynamic";
const sym = Symbol("sym");
let evaluated = 0;
class Secret {
  @seen #count = 1;
  @seen @expose accessor #level = 2;
  @seen #format(x: number) { return `#${x}`; }
  @seen get #text() { return "t" + this.#count; }
  @seen set #text(v: string) { log.push("set text " + v); }
  @seen static #helper() { return "static helper"; }
  @seen [key + (++evaluated)]() { return "computed"; }
  @seen [sym] = 5;
  ["plain" + (++evaluated)] = "p";
  @seen @expose other = 0;
  run() {
    this.#text = "x";
    return [this.#count, this.#level, this.#format(3), this.#text, Secret.#helper(), (this as any).dynamic1(), (this as any)[sym], (this as any).plain2];
  }
}
log.push("--- defined, evaluated=" + evaluated);
const secret = new Secret();
log.push(JSON.stringify(secret.run()));
const [levelAccess, otherAccess] = (globalThis as any).accessors;
log.push(`access level=${levelAccess.get(secret)} has=${levelAccess.has(secret)} other=${otherAccess.get(secret)}`);
otherAccess.set(secret, 9);
log.push(`other now ${secret.other}`);

const Named = class {
  @seen value = 1;
  @seen method() { return "m"; }
};
log.push(`${Named.name} ${new Named().value} ${new Named().method()}`);
console.log(log.join("\n"));
