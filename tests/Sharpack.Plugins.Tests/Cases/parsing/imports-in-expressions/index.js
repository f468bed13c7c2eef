import { Base, tag, key, fn, flag } from "./mod";

it("rewrites imports in extends, computed keys, template literals and default params", () => {
  class Sub extends Base {}
  expect(new Sub().base).toBe(true);
  expect({ [key]: 1 }).toEqual({ k: 1 });
  expect(`${key}-${fn()}`).toBe("k-fn");
  const withDefault = (x = key) => x;
  expect(withDefault()).toBe("k");
});

it("rewrites imports used as tags, with optional calls and in typeof", () => {
  expect(tag`a${1}b`).toBe("a,b|1");
  expect(fn?.()).toBe("fn");
  expect(typeof fn).toBe("function");
  expect(flag ? "on" : "off").toBe("on");
  expect(!flag).toBe(false);
});

it("rewrites imports inside arrow bodies and sequence expressions", () => {
  const get = () => key;
  expect(get()).toBe("k");
  expect((0, fn)()).toBe("fn");
});
