// The dev-server benchmark: for each app size and each tool (Sharpack, Rspack, webpack), start the
// tool's dev server on the generated React app, open the page in headless Chromium and measure
//   - cold start: from starting the server process to the first render (the page logs it);
//   - HMR: from writing a changed component file to its new code running in the page (the new code
//     logs Date.now()), for the root component (C0) and a leaf (the last one), averaged;
//   - memory: the resident set of the server's process tree after the edits.
// Each round starts every tool once, starting one further along the list each round; the figure
// of each tool is the median over the measured rounds (the warm-up rounds are dropped).
//   node run.mjs [--sizes 1000,5000,10000] [--tools sharpack,rspack,webpack] [--warmup 2] [--rounds 3] [--edits 5] [--json out.jsonl]
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]?.startsWith("--") === false ? all[i + 1] : "true"]);
  return pairs;
}, []));
const sizes = (args.sizes ?? "1000,5000,10000").split(",").map(Number);
const tools = (args.tools ?? "sharpack,rspack,webpack").split(",");
const warmup = Number(args.warmup ?? 2);
const rounds = Number(args.rounds ?? 3);
const edits = Number(args.edits ?? 5);
const sharpack = path.resolve(here, "../../sharpack");
const bin = (name) => path.join(here, "node_modules", ".bin", name);

const commands = {
  sharpack: (port) => [sharpack, ["serve", "--config", "sharpack.config.json", "--port", String(port)]],
  rspack: (port) => [bin("rspack"), ["serve", "--config", "rspack.config.cjs", "--port", String(port)]],
  webpack: (port) => [bin("webpack"), ["serve", "--config", "webpack.config.cjs", "--port", String(port)]],
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The resident set of a process and all its descendants, in MB.
function treeRssMb(root) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch { /* gone */ }
  }
  let kb = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch { /* gone */ }
    queue.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

async function waitForServer(port, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/main.js`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await sleep(20);
  }
  throw new Error("the server did not answer in time");
}

// Waits for a console line starting with prefix; resolves with the number after it.
function nextLog(page, prefix, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { page.off("console", onConsole); reject(new Error(`no "${prefix}" within ${timeoutMs} ms`)); }, timeoutMs);
    function onConsole(message) {
      const text = message.text();
      if (!text.startsWith(prefix)) return;
      clearTimeout(timer);
      page.off("console", onConsole);
      resolve(Number(text.slice(prefix.length)));
    }
    page.on("console", onConsole);
  });
}

async function measure(browser, tool, app, size, port) {
  const [command, commandArgs] = commands[tool](port);
  const log = [];
  const started = Date.now();
  const child = spawn(command, commandArgs, { cwd: app, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_ENV: "development" } });
  child.stdout.on("data", (d) => log.push(d.toString()));
  child.stderr.on("data", (d) => log.push(d.toString()));
  const page = await browser.newPage();
  const result = { tool, size };
  const files = { root: path.join(app, "src/components/C0.jsx"), leaf: path.join(app, `src/components/C${size - 1}.jsx`) };
  const originals = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(f, "utf8")]));
  try {
    await waitForServer(port, child, started + 300_000);
    const rendered = nextLog(page, "bench:rendered ", 300_000);
    await page.goto(`http://127.0.0.1:${port}/`);
    result.startMs = (await rendered) - started;
    await sleep(500);
    for (const kind of ["root", "leaf"]) {
      const times = [];
      for (let i = 0; i < edits; i++) {
        const ran = nextLog(page, "bench:hmr ", 60_000);
        const written = Date.now();
        fs.writeFileSync(files[kind], originals[kind] + `\nconsole.log("bench:hmr " + Date.now()); // edit ${i}\n`);
        times.push((await ran) - written);
        await sleep(300);
      }
      result[`${kind}HmrMs`] = times.reduce((a, b) => a + b, 0) / times.length;
    }
    result.rssMb = treeRssMb(child.pid);
  } catch (e) {
    result.error = e.message + "\n" + log.join("").slice(-2000);
  } finally {
    for (const [kind, file] of Object.entries(files)) fs.writeFileSync(file, originals[kind]);
    await page.close();
    try { process.kill(-child.pid, "SIGTERM"); } catch { /* gone */ }
    await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
  }
  return result;
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const all = [];
let port = 9400;
try {
  for (const size of sizes) {
    const app = path.join(here, ".apps", `app-${size}`);
    if (!fs.existsSync(path.join(app, "sharpack.config.json")))
      execFileSync("node", [path.join(here, "make-app.mjs"), String(size), app], { stdio: "inherit" });
    for (let round = 0; round < warmup + rounds; round++) {
      for (let t = 0; t < tools.length; t++) {
        const tool = tools[(t + round) % tools.length];
        const result = await measure(browser, tool, app, size, port++);
        result.round = round;
        result.warmup = round < warmup;
        all.push(result);
        if (args.json) fs.appendFileSync(args.json, JSON.stringify(result) + "\n");
        console.error(JSON.stringify(result));
      }
    }
  }
} finally {
  await browser.close();
}

const metrics = [["startMs", "cold start"], ["rootHmrMs", "HMR root"], ["leafHmrMs", "HMR leaf"], ["rssMb", "memory MB"]];
console.log(`\n| components | tool | ${metrics.map(([, n]) => n).join(" | ")} |`);
console.log(`|---|---|${metrics.map(() => "---:").join("|")}|`);
for (const size of sizes) {
  const figures = {};
  for (const tool of tools) {
    const runs = all.filter((r) => r.size === size && r.tool === tool && !r.warmup);
    figures[tool] = Object.fromEntries(metrics.map(([key]) => [key, median(runs.map((r) => r[key]))]));
  }
  for (const tool of tools) {
    const cells = metrics.map(([key]) => {
      const value = figures[tool][key];
      if (!Number.isFinite(value)) return "error";
      const text = key === "rssMb" ? value.toFixed(0) : `${value.toFixed(0)} ms`;
      const base = figures.sharpack?.[key];
      return tool === "sharpack" || !Number.isFinite(base) ? text : `${text} (${(value / base).toFixed(2)}×)`;
    });
    console.log(`| ${size} | ${tool} | ${cells.join(" | ")} |`);
  }
}
