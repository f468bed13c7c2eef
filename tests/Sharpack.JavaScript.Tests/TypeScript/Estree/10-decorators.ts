@dec
@ns.dec()
@ns.factory<string>()
class A {
  @prop x = 1;
  @prop static y: number;
  @acc accessor z = "";
  @acc static accessor w?: number;
  @method m(@first a: string, @second() b?: number) {}
  @getter get g() { return 1; }
  @setter set g(v) {}
  @method static async *gen() {}
  constructor(@inject() private readonly s: string, @opt public t?: number) {}
  @computed ["k"]() {}
  @priv #p = 1;
}
export default @dec class {}
const C = @dec class extends A {};
abstract class B {
  abstract x: number;
  abstract accessor y: string;
  protected abstract get g(): number;
  abstract set g(v: number);
  abstract m<T>(t: T): T;
  public abstract override readonly o?: number;
  declare readonly d: string;
}
