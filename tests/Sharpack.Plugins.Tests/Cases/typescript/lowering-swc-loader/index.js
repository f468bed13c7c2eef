// typescript/lowering's module through builtin:swc-loader with `env.targets` (browserslist
// queries that name versions): the loader lowers what Chrome 70 and Safari 13 lack, and the
// module behaves as written.
import { Store, power, settle } from "../lowering/store";

const source = [Store.toString(), power.toString(), settle.toString()].join("\n");

it("lowers what the targets lack and keeps what they have", () => {
  for (const syntax of ["?.", "??", "||=", "??=", "#items", "1_000", "static {"])
    expect(source).not.toContain(syntax);
  // Both run **, object rest and optional catch bindings.
  for (const syntax of ["**", "...rest", "catch {"])
    expect(source).toContain(syntax);
});

it("behaves as written", () => {
  const store = new Store("s").add({ id: 1, name: "one", tags: ["a", "b"] }).add({ id: 2 });
  expect([store.name(1), store.name(2), store.tags(1), store.has(store), store.has({})]).toEqual(["one", "s#2", 2, true, false]);
  expect(store.strip(1)).toEqual({ name: "one", tags: ["a", "b"] });
  expect([power(3), Store.created]).toEqual([9, 1]);
  expect(settle({})).toEqual({ retries: 3, verbose: false });
});
