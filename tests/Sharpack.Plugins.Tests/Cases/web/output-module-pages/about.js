import { count, greet } from "./shared.js";
count("about");

it("runs the about page from ES module chunks", async () => {
  expect(window.executions.about).toBe(1);
  expect(window.executions.shared).toBe(1);
  const [lazy, greeting] = await Promise.all([import("./lazy.js"), greet("fr")]);
  expect(lazy.default("about")).toBe("lazy on about");
  expect(greeting).toBe("bonjour");
  expect(window.executions.lazy).toBe(1);
  expect(window.executions.fr).toBe(1);
});
