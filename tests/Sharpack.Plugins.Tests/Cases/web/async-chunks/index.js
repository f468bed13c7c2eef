import { shared } from "./shared.js";

it("loads an async chunk with a script tag from the public path", async () => {
  const ns = await import(/* webpackChunkName: "lazy" */ "./lazy.js");
  expect(ns.value).toBe("lazy+" + shared);
  expect(window.lazyExecutions).toBe(1);
  expect(__webpack_public_path__).toBe(new URL(".", location.href).href);
});

it("requests a chunk once when two import()s wait for it", async () => {
  const [a, b] = await Promise.all([import("./twice.js"), import("./twice.js")]);
  expect(a).toBe(b);
  expect(window.twiceExecutions).toBe(1);
});

it("loads nested async chunks and a lazy context", async () => {
  const outer = await import("./outer.js");
  expect(await outer.greet("de")).toBe("hallo from outer");
  expect(await outer.greet("en")).toBe("hello from outer");
});
