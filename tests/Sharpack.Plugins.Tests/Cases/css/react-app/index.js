// A React 19 app in TypeScript styled with CSS modules, a global stylesheet and a route loaded on
// demand with a stylesheet of its own, all built in (no loaders). In node it renders to a string
// with the modules' class names; in Chromium the styles apply, the route's once its chunk is loaded.
import { createElement } from "react";
import { App } from "./app";

const expected =
  '<div class="app.module_shell"><h1 class="app.module_active app.module_header">Hello</h1></div>';

it("renders with the CSS modules' class names", async () => {
  if (typeof document === "undefined") {
    const { renderToStaticMarkup } = await import("react-dom/server");
    expect(renderToStaticMarkup(createElement(App, { title: "Hello", active: true }))).toBe(expected);
    return;
  }
  const { createRoot } = await import("react-dom/client");
  const { flushSync } = await import("react-dom");
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(createElement(App, { title: "Hello", active: true })));
  expect(container.innerHTML).toBe(expected);
  const heading = container.querySelector("h1");
  const style = getComputedStyle(heading);
  expect(style.fontWeight).toBe("700");
  expect(style.color).toBe("rgb(10, 20, 30)");
  expect(style.textDecorationLine).toBe("underline");
  expect(style.fontFamily).toBe("serif");
  expect(getComputedStyle(container.firstChild).display).toBe("grid");
  expect(getComputedStyle(document.body).marginTop).toBe("0px");
  root.unmount();
  container.remove();
});

it("loads a route's stylesheet with its chunk", async () => {
  const { Settings, panelClass } = await import("./settings");
  expect(panelClass).toBe("settings.module_panel");
  if (typeof document === "undefined")
    return;
  const { createRoot } = await import("react-dom/client");
  const { flushSync } = await import("react-dom");
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Settings, { items: ["a", "b"] })));
  const panel = container.querySelector("ul");
  expect(getComputedStyle(panel).borderTopStyle).toBe("dashed");
  expect(getComputedStyle(panel).borderTopColor).toBe("rgb(200, 0, 0)");
  expect(getComputedStyle(panel).animationName).toBe("settings\\.module_reveal");
  root.unmount();
  container.remove();
});
