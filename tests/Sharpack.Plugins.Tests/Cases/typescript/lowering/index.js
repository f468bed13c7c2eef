// A TypeScript module built with no loader for `target: "node10"`: the syntax node 10 lacks is
// lowered (?., ??, logical assignment, numeric separators, class fields, private members, static
// blocks), what it has is kept (**, object rest and spread, optional catch bindings), and the
// module behaves as written.
import { Store, power, settle } from "./store";

const source = [Store.toString(), power.toString(), settle.toString()].join("\n");

it("lowers what the target lacks and keeps what it has", () => {
  for (const syntax of ["?.", "??", "||=", "??=", "#items", "1_000", "static {"])
    expect(source).not.toContain(syntax);
  for (const syntax of ["**", "...rest", "catch {"])
    expect(source).toContain(syntax);
});

it("behaves as written", () => {
  const store = new Store("s").add({ id: 1, name: "one", tags: ["a", "b"] }).add({ id: 2 });
  expect([store.name(1), store.name(2), store.name(3)]).toEqual(["one", "s#2", "s#3"]);
  expect([store.tags(1), store.tags(2)]).toEqual([2, 0]);
  expect([store.has(store), store.has({})]).toEqual([true, false]);
  expect(store.strip(1)).toEqual({ name: "one", tags: ["a", "b"] });
  expect(store.limit).toBe(1000);
  expect(Store.created).toBe(1);
  expect(power(3)).toBe(9);
  expect(settle({ retries: 0 })).toEqual({ retries: 0, verbose: false });
  expect(settle({})).toEqual({ retries: 3, verbose: false });
});
