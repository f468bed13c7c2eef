// Modern syntax in TypeScript, built for a target that lacks all of it.
export interface Item { id: number; name?: string; tags?: string[] }

export class Store<T extends Item> {
  static created = 0;
  static { Store.created = 0; }
  #items = new Map<number, T>();
  readonly limit = 1_000;
  constructor(private readonly label: string) { Store.created++; }
  add(item: T): this { this.#items.set(item.id, { ...item }); return this; }
  #find(id: number): T | undefined { return this.#items.get(id); }
  name(id: number): string { return this.#find(id)?.name ?? `${this.label}#${id}`; }
  tags(id: number): number { return this.#find(id)?.tags?.length ?? 0; }
  has(other: object): boolean { return #items in other; }
  strip(id: number) { const { id: _, ...rest } = this.#find(id) ?? ({} as T); return rest; }
}

export function power(base: number, exponent = 2): number {
  let result = base ** exponent;
  result **= 1;
  return result;
}

export function settle(options: { retries?: number; verbose?: boolean }) {
  options.retries ??= 3;
  options.verbose ||= false;
  try { JSON.parse("{"); } catch { return options; }
  return null;
}
