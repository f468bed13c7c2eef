interface I<T> extends A, B.C<T> {
  a: string;
  readonly b?: number;
  [key: string]: any;
  (x: number): string;
  new (x: number): I<T>;
  m?<U>(u: U): void;
  get g(): number;
  set g(v: number);
  "quoted": 1;
  [Symbol.iterator](): Iterator<T>;
  1: 2;
}
