// The same React 19 + TypeScript app built by Rspack's builtin:swc-loader rules, as an Rspack
// configuration writes them (automatic runtime, TypeScript with TSX). In node it renders to a
// string; in Chromium it renders into the document and handles a click.
import { createElement } from "react";
import { App } from "./app";

const expected =
  '<section class="counter loud" data-accent="red"><h2>a</h2><output>0</output><button id="add-a">add</button></section>' +
  '<section class="counter loud" data-accent="red"><h2>b</h2><output>1</output><button id="add-b">add</button><em>♥ b</em></section>';

it("renders", async () => {
  if (typeof document === "undefined") {
    const { renderToStaticMarkup } = await import("react-dom/server");
    expect(renderToStaticMarkup(createElement(App, { names: ["a", "b"] }))).toBe(expected);
    return;
  }
  const { createRoot } = await import("react-dom/client");
  const { flushSync } = await import("react-dom");
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(createElement(App, { names: ["a", "b"] })));
  expect(container.innerHTML).toBe(expected);
  flushSync(() => container.querySelector("#add-b").click());
  expect(container.querySelectorAll("output")[1].textContent).toBe("11");
  root.unmount();
});
