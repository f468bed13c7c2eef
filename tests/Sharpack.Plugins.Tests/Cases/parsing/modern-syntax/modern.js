export class Counter {
  #count = 0;
  static initialized;
  static { Counter.initialized = true; }
  inc() { this.#count++; }
  get value() { return this.#count; }
  static hasCount(obj) { return #count in obj; }
}
export const big = 10n ** 20n;
export const sum = 1_000_000 + 1;
