export default class Base { kind() { return "base"; } }
export class Derived extends Base { kind() { return "derived:" + super.kind(); } }
export const withStatic = class WithStatic {
  static count = 3;
  static create() { return new WithStatic(); }
};
