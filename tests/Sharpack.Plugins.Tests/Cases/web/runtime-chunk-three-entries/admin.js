import { count, t } from "./shared.js";
count("admin");

it("runs the admin page once on a shared runtime", async () => {
  expect(window.executions.admin).toBe(1);
  expect(window.executions.shared).toBe(1);
  const widget = await import("./widget.js");
  expect(await widget.render("admin")).toBe("[admin] " + (await t("en")));
  expect(window.executions.widget).toBe(1);
  expect(window.executions.deep).toBe(1);
  // A second locale of the context: its own chunk, loaded on this page only.
  expect(await t("de")).toBe("hallo");
});
