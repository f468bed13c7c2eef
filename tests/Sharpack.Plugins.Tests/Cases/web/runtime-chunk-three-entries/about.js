import { count, t } from "./shared.js";
count("about");

it("runs the about page once on a shared runtime", async () => {
  expect(window.executions.about).toBe(1);
  expect(window.executions.shared).toBe(1);
  const widget = await import("./widget.js");
  expect(await widget.render("about")).toBe("[about] " + (await t("en")));
  expect(window.executions.widget).toBe(1);
  expect(window.executions.deep).toBe(1);
});
