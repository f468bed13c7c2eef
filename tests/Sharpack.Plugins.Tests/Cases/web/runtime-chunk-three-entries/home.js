import { count, t } from "./shared.js";
count("home");

it("runs the home page once on a shared runtime", async () => {
  expect(window.executions.home).toBe(1);
  expect(window.executions.shared).toBe(1);
  const widget = await import("./widget.js");
  expect(await widget.render("home")).toBe("[home] " + (await t("en")));
  expect(window.executions.widget).toBe(1);
  expect(window.executions.deep).toBe(1);
});
