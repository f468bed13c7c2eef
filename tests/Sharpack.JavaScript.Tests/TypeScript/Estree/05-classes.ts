abstract class A<T> extends B<T> implements I, J<T> {
  private readonly x: number = 1;
  protected static y?: string;
  public z!: number;
  declare w: string;
  override o = 1;
  abstract am(): void;
  abstract ap: number;
  accessor acc = 1;
  static accessor sacc: number;
  abstract accessor aacc: number;
  [key: string]: any;
  static [k: number]: string;
  constructor(private a: number, public readonly b?: string, @dec c = 1) { super(); }
  m(): void;
  m(x?: number): void {}
  get g(): number { return 1; }
  #p?: number;
  @dec() @other.x deco(@p param: string) {}
  m2?(): void;
}
@dec class D {}
