// Standard decorators on class expressions: anonymous ones named by their variable, named ones,
// and class expressions passed as arguments, with class and member decorators.
(Symbol as any).metadata ??= Symbol("Symbol.metadata");
const log: string[] = [];
function tag(label: string) {
  return (value: any, context: ClassDecoratorContext) => {
    log.push(`${label} ${String(context.name)}`);
    context.addInitializer(function () { log.push(`ready ${label} ${(this as any).name}`); });
    return class extends value { tagged = label; };
  };
}
function field(_value: undefined, context: ClassFieldDecoratorContext) {
  return (v: number) => v * 3;
}

const Anonymous = @tag("a") class {
  static kind = "anon";
  @field n = 2;
};
const Inner = @tag("b") class Named {
  static self() { return Named; }
};
function take(c: any) { return new c(); }
const made = take(@tag("c") class { @field n = 5; });

console.log(log.join("\n"));
console.log(Anonymous.name, Anonymous.kind, new Anonymous().n, (new Anonymous() as any).tagged);
console.log(Inner.name, Inner.self() === Inner, (new Inner() as any).tagged);
console.log(made.n, made.tagged);
