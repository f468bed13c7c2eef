// emitDecoratorMetadata: the design:type, design:paramtypes and design:returntype metadata
// TypeScript writes for decorated members and classes, read back through a small Reflect.metadata
// (what reflect-metadata provides), as dependency injection reads constructor parameter types.
const store = new Map<unknown, Map<string, unknown>>();
(Reflect as any).metadata = (key: string, value: unknown) => (target: object, member?: string | symbol) => {
    const owner = member === undefined ? target : `${(target as any).constructor?.name ?? (target as any).name}.${String(member)}`;
    if (!store.has(owner)) store.set(owner, new Map());
    store.get(owner)!.set(key, value);
};
const name = (value: unknown): string =>
    Array.isArray(value) ? `[${value.map(name).join(", ")}]` : typeof value === "function" ? value.name : String(value);

const mark = (_target: object, _key?: string | symbol, _descriptor?: PropertyDescriptor | number) => {};

class Repository { find() { return "found"; } }
interface Options { verbose: boolean }
enum Level { Low, High }

@mark
class Service {
    @mark label: string = "";
    @mark count?: number;
    @mark flags: boolean[] = [];
    @mark repository!: Repository;
    @mark options!: Options;
    @mark either: string | null = null;
    @mark mixed: string | number = 1;
    @mark handler!: (x: number) => void;
    @mark tuple!: [number, string];
    @mark created!: Date;

    constructor(private readonly repository2: Repository, options: Options, level: Level, tags: string[], callback: () => void, ...rest: number[]) {}

    @mark find(id: number, filter?: string): string { return this.repository2.find() + id + filter; }
    @mark async load(): Promise<string> { return ""; }
    @mark nothing(flag: boolean) {}
    @mark get size(): number { return 1; }
}

for (const [owner, entries] of store) {
    const label = typeof owner === "function" ? `class ${owner.name}` : String(owner);
    console.log(label, [...entries].map(([key, value]) => `${key}=${name(value)}`).join(" "));
}
console.log(new Service(new Repository(), { verbose: true }, Level.High, [], () => {}).find(1, "x"));
