// Types, enums, namespaces and classes with parameter properties, built with no loader.
import type { Named } from "./types";

export enum Kind { Circle = 1, Square, Label = "label" }

export namespace Geometry {
  export const unit = 2;
  export function area(kind: Kind, size: number): number {
    return kind === Kind.Circle ? Math.round(Math.PI * size * size) : size * size * unit / unit;
  }
  export namespace Deep { export const twice = unit * 2; }
}

export abstract class Shape implements Named {
  abstract readonly kind: Kind;
  constructor(public readonly name: string, protected size: number) {}
  area(): number { return Geometry.area(this.kind, this.size); }
}

export class Circle extends Shape {
  readonly kind = Kind.Circle;
  constructor(size: number, private label?: string) {
    super("circle", size);
  }
  describe(): string { return `${this.label ?? this.name}:${this.area()}`; }
}
