// Standard decorators: when decorator expressions are evaluated, what runs when, classes with no
// class decorator, fields without initializers, derived classes without a constructor, and a
// default export.
(Symbol as any).metadata ??= Symbol("Symbol.metadata");
const log: string[] = [];
function factory(label: string) {
  log.push(`evaluate ${label}`);
  return (_value: unknown, context: DecoratorContext) => {
    log.push(`apply ${label} ${context.kind} ${String(context.name)}`);
    context.addInitializer(function () { log.push(`extra ${label}`); });
    if (context.kind === "field" || context.kind === "accessor") return undefined;
  };
}
function register(value: Function, context: ClassDecoratorContext) {
  context.addInitializer(function () { log.push(`registered ${(this as Function).name}`); });
}

class Parent { constructor(public id = 7) {} }

@register
@factory("c1")
class Child extends Parent {
  @factory("s") static counter;
  @factory("x") x;
  y;
  @factory("acc") accessor z;
  @factory("sm") static make() { return new Child(); }
  static created = Child.make();
}

class NoClassDecorator {
  @factory("only") static helper() { return "h"; }
  other = "o";
}

export default class {
  @factory("d") value = 1;
}

log.push(`x=${String(new Child().x)} y=${String(new Child().y)} z=${String(new Child().z)} id=${new Child().id}`);
log.push(NoClassDecorator.helper() + new NoClassDecorator().other);
console.log(log.join("\n"));
