// Generates the React app the HMR benchmark serves: <count> components in a tree ten wide (component
// k renders components 10k+1 … 10k+10), each a file of its own with a little state, under
// <out>/src/components, an entry that renders the root and accepts its updates
// (module.hot.accept), and public/index.html. C0 is the root; the last component is a leaf.
//   node make-app.mjs <count> <out>
import fs from "node:fs";
import path from "node:path";

const count = Number(process.argv[2] ?? 1000);
const out = path.resolve(process.argv[3] ?? `app-${count}`);
if (!Number.isInteger(count) || count < 2) throw new Error("usage: node make-app.mjs <count ≥ 2> <out>");
const components = path.join(out, "src", "components");
fs.rmSync(path.join(out, "src"), { recursive: true, force: true });
fs.mkdirSync(components, { recursive: true });
fs.mkdirSync(path.join(out, "public"), { recursive: true });

for (let k = 0; k < count; k++) {
  const children = [];
  for (let c = 10 * k + 1; c <= 10 * k + 10 && c < count; c++) children.push(c);
  const text = [
    `import React, { useState } from "react";`,
    ...children.map((c) => `import C${c} from "./C${c}.jsx";`),
    ``,
    `export default function C${k}() {`,
    `  const [count, setCount] = useState(0);`,
    `  return (`,
    `    <div className="c${k}">`,
    `      <button onClick={() => setCount(count + 1)}>C${k}: {count}</button>`,
    ...children.map((c) => `      <C${c} />`),
    `    </div>`,
    `  );`,
    `}`,
    ``,
  ].join("\n");
  fs.writeFileSync(path.join(components, `C${k}.jsx`), text);
}

fs.writeFileSync(path.join(out, "src", "index.jsx"), `import React from "react";
import { createRoot } from "react-dom/client";
import App from "./components/C0.jsx";

const root = createRoot(document.getElementById("root"));
root.render(<App />);
requestAnimationFrame(() => console.log("bench:rendered " + Date.now()));

// Every edit below bubbles up to here: the new tree renders in place of the old.
if (module.hot) {
  module.hot.accept("./components/C0.jsx", () => root.render(<App />));
}
`);
fs.writeFileSync(path.join(out, "public", "index.html"), `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>HMR benchmark</title></head>
  <body><div id="root"></div><script src="/main.js"></script></body>
</html>
`);

// The same build for each tool: development, no source maps, JSX by each tool's own SWC (Sharpack's is built in).
const devServer = { static: "./public", hot: true, liveReload: false, client: { overlay: false, logging: "none" } };
fs.writeFileSync(path.join(out, "sharpack.config.json"), JSON.stringify({
  mode: "development", entry: "./src/index.jsx", devtool: false, output: { path: path.join(out, "dist-sharpack") }, devServer,
}, null, 2) + "\n");
const swc = { jsc: { parser: { syntax: "ecmascript", jsx: true }, transform: { react: { runtime: "classic" } } } };
for (const [tool, loader] of [["rspack", "builtin:swc-loader"], ["webpack", "swc-loader"]]) {
  fs.writeFileSync(path.join(out, `${tool}.config.cjs`), `module.exports = ${JSON.stringify({
    mode: "development", entry: "./src/index.jsx", devtool: false, output: { path: path.join(out, `dist-${tool}`) },
    resolve: { extensions: [".js", ".jsx"] },
    module: { rules: [{ test: "\\.jsx$", loader, options: swc }] },
    devServer,
  }, null, 2).replace('"test": "\\\\.jsx$"', '"test": /\\.jsx$/')};\n`);
}
console.log(`${count} components in ${out}`);
