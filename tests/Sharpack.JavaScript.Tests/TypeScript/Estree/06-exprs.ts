const a = x as number;
const b = x as const;
const c = x satisfies T;
const d = x!;
const e = <number>x;
const f = x!.y!;
const g = fn<string>;
const h = fn<string>(1);
new C<number>();
tag<string>`x`;
const i = a?.b!.c;
const j = (a as any).b;
let k: typeof a;
for (const l of m as any[]) {}
async function* gen<T>(): AsyncGenerator<T> {}
const o = { m<T>(x: T): T { return x; } };
