import { count, greet } from "./shared.js";
count("home");

it("runs the home page from ES module chunks", async () => {
  expect(window.executions.home).toBe(1);
  expect(window.executions.shared).toBe(1);
  // The entry imports the runtime chunk; async chunks load with import() from chunks/,
  // found from the runtime's own URL (publicPath "auto" from import.meta.url).
  const lazy = await import("./lazy.js");
  expect(lazy.default("home")).toBe("lazy on home");
  expect(await greet("en")).toBe("hello");
  expect(await greet("en")).toBe("hello");
  expect(window.executions.lazy).toBe(1);
  expect(window.executions.en).toBe(1);
});
