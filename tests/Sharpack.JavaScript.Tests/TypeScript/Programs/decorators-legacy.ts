// TypeScript's legacy decorators (experimentalDecorators): class, method, accessor, property,
// static member and parameter decorators, decorator factories, the order they run in, a class
// decorator that replaces the class, and exported and default-exported decorated classes.
const log: string[] = [];

function tag(name: string) {
    log.push("evaluate " + name);
    return (target: Function) => {
        log.push("class " + name + " on " + target.name);
        (target as any).tagged = name;
    };
}

function replace<T extends { new (...args: any[]): {} }>(constructor: T) {
    log.push("replace " + constructor.name);
    return class extends constructor {
        replaced = true;
    };
}

function field(target: object, key: string | symbol) {
    log.push(`field ${String(key)} on ${typeof target === "function" ? "constructor" : "prototype"}`);
}

function method(label: string) {
    return (target: object, key: string | symbol, descriptor: PropertyDescriptor): PropertyDescriptor => {
        log.push(`method ${String(key)} ${label}`);
        const original = descriptor.value;
        return { ...descriptor, value(this: unknown, ...args: unknown[]) { return `${label}(${original.apply(this, args)})`; } };
    };
}

function readonlyAccessor(target: object, key: string, descriptor: PropertyDescriptor) {
    log.push(`accessor ${key}`);
    descriptor.set = undefined;
}

function param(label: string) {
    return (target: object, key: string | symbol | undefined, index: number) => {
        log.push(`param ${String(key)}[${index}] ${label}`);
    };
}

@tag("first")
@tag("second")
export class Service {
    @field name = "svc";
    @field static instances = 0;

    constructor(@param("ctor") private readonly base: number, @param("ctor2") public label?: string) {
        Service.instances++;
    }

    @method("outer")
    @method("inner")
    compute(@param("x") x: number, y: number): number {
        return this.base + x + y;
    }

    @readonlyAccessor
    get doubled(): number { return this.base * 2; }

    @method("static")
    static create(): Service { return new Service(1, "made"); }
}

@replace
class Replaced {
    value = 1;
}

export default @tag("default") class {
    hello() { return "hi"; }
}

const service = new Service(10, "a");
console.log(log.join("\n"));
console.log(service.compute(1, 2), service.doubled, Service.create().label, Service.instances);
console.log((Service as any).tagged, JSON.stringify(new Replaced()), Object.keys(service));
console.log(Object.getOwnPropertyDescriptor(Service.prototype, "doubled")!.set === undefined);
