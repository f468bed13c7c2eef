// The standard (2023) decorators: class, method, getter, setter, field and accessor decorators,
// static and instance, with their contexts, initializers, extra initializers and metadata, in
// the order the proposal applies them.
// Node 20 has no Symbol.metadata yet: the polyfill TypeScript suggests.
(Symbol as any).metadata ??= Symbol("Symbol.metadata");
const log: string[] = [];

function trace(label: string) {
  return function (value: unknown, context: DecoratorContext) {
    log.push(`${label}:${context.kind}:${String(context.name)}:${"static" in context ? context.static : "-"}`);
    context.addInitializer(function (this: unknown) {
      log.push(`init ${label}:${String(context.name)}`);
    });
    if (context.kind === "field") return (initial: number) => { log.push(`field ${String(context.name)}=${initial}`); return initial * 10; };
    if (context.kind === "method") return function (this: unknown, ...args: unknown[]) { log.push(`call ${String(context.name)}`); return (value as Function).apply(this, args); };
    if (context.kind === "accessor") return { init: (v: number) => v + 1 };
    return undefined;
  };
}

function sealed<T extends new (...args: any[]) => object>(value: T, context: ClassDecoratorContext) {
  log.push(`class ${String(context.name)}`);
  context.metadata.sealed = true;
  return class extends value { sealed = true; };
}

function meta(key: string) {
  return (_value: unknown, context: DecoratorContext) => { context.metadata[key] = String(context.name); };
}

class Base { base = "b"; }

@sealed
class Widget extends Base {
  @trace("f") count = 2;
  plain = log.push("plain field");
  @trace("a") accessor size = 5;
  @trace("sf") static total = 3;
  @trace("m") @meta("named") render(suffix: string) { return `widget ${this.count} ${suffix}`; }
  @trace("sm") static create() { return new Widget(); }
  @trace("g") get label() { return "L" + this.count; }
  @trace("s") set label(v: string) { log.push("set " + v); }
  constructor() {
    super();
    log.push("constructed");
  }
}

log.push("--- defined");
const w = Widget.create() as Widget & { sealed: boolean };
log.push(w.render("x"), String(w.size), w.label, String(w.sealed), String(Widget.total), w.base);
w.label = "new";
const metadataSymbol = (Symbol as any).metadata;
console.log(log.join("\n"));
console.log(metadataSymbol ? JSON.stringify((Widget as any)[metadataSymbol]) : "no Symbol.metadata");

export class Plain {
  @trace("p") hello() { return "hi"; }
}
console.log(new Plain().hello(), log.slice(-2).join(","));
