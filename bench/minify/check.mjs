// Sizes and behaviour check of minified files, for bench/minify/run.sh.
//
//   node check.mjs LIB ORIGINAL [LABEL=MINIFIED]...
//
// Prints one JSON line per file, the original first (label "original"):
//   { label, bytes, gzip, status: "ok" | "wrong" | "error", detail }
// bytes is the size on disk, gzip the size after node's zlib at level 9. The check runs each file
// in a fresh node:vm context with a minimal fake browser global and CommonJS's module/exports/
// require, then takes a fingerprint: what the file exported (module.exports, or else the globals
// it added), as the sorted list of the export's own keys with the typeof of each, the globals it
// added with their typeof, and for some libraries the results of a few calls (PROBES below). A
// minified file is "ok" when its fingerprint equals the original's, "wrong" when it differs
// (detail: the first difference), "error" when it throws while loading or probing.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createRequire } from "node:module";
import vm from "node:vm";
import zlib from "node:zlib";

// A few deterministic calls per library, made on the export after loading. Each returns
// something JSON can print; dates are UTC so that the time zone plays no part.
const PROBES = {
  lodash: (_) => [
    _.chunk([1, 2, 3, 4, 5], 2),
    _.template("hello <%= user %>! <% _.forEach(list, function(x) { %><li><%- x %></li><% }); %>")({ user: "fred", list: ["<a>", "b"] }),
    _.sortBy([{ a: 3, b: "x" }, { a: 1, b: "y" }, { a: 2, b: "z" }], "a"),
    _.camelCase("Foo Bar-baz"),
    _.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }),
    _.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }),
    _.groupBy([6.1, 4.2, 6.3], Math.floor),
    _.debounce.length,
  ],
  moment: (moment) => [
    moment.utc("2020-01-02").format("dddd"),
    moment.utc("2020-01-02T03:04:05Z").format("dddd, MMMM Do YYYY, h:mm:ss a"),
    moment.utc("2020-01-31").add(1, "month").toISOString(),
    moment.duration(90, "minutes").humanize(),
    moment.utc("2020-01-02").diff(moment.utc("2019-03-04"), "days"),
    moment.utc("12-25-1995", "MM-DD-YYYY").isValid(),
  ],
  typescript: (ts) => [
    ts.version,
    ts.transpileModule(
      "enum E { A, B = 3 }\nexport const x: number = E.B;\nclass C<T> { constructor(private a: T) {} get v(): T { return this.a; } }\nexport default async function* g(...xs: number[]) { for (const x of xs) yield x ?? 1; }\n",
      { compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, lib: ["es2015"] } },
    ).outputText,
    ts.transpileModule("let a = <T,>(x: T) => x; type Q = { [K in 'a']: 1 }; let b = a?.(1)!;", {
      compilerOptions: { target: ts.ScriptTarget.ES2015 }, fileName: "x.tsx",
    }).outputText,
  ],
  terser: async (terser) => {
    const code = "function f(a, unusedArg) { var unused = 1; if (a) { return a + 1 + 2; } else { return 3; } }\nconsole.log(f(3), [1, 2].map(x => x * 2));";
    return [
      terser.minify_sync(code).code,
      (await terser.minify(code, { compress: { passes: 2 }, mangle: { toplevel: true } })).code,
      terser.minify_sync("var a = `x${1}y`; export default class A extends B { #p = 1; static { a++ } }", { module: true }).code,
    ];
  },
  react: (React) => {
    const el = React.createElement("div", { id: "a", key: "k" }, "x", React.createElement("span", null, 1));
    return [el.type, el.key, el.props.id, React.Children.count(el.props.children), React.version, typeof React.memo(() => null)];
  },
  vue: (Vue) => {
    const vm = new Vue({ data: { a: 1 }, computed: { b() { return this.a + 1; } }, methods: { inc() { this.a += 10; } } });
    vm.inc();
    return [vm.b, Vue.version, Vue.compile('<div :id="a" @click="f"><p v-for="x in xs" :key="x">{{ x | up }}</p><span v-if="c">y</span></div>').render.toString()];
  },
  d3: (d3) => [
    d3.format(",.2f")(1234567.891),
    d3.scaleLinear().domain([0, 10]).range([0, 100])(2.5),
    d3.csvParse("a,b\n1,2\n3,4"),
    d3.utcFormat("%Y-%m-%d %H:%M")(new Date(Date.UTC(2020, 0, 2, 3, 4))),
    d3.extent([3, 1, 4, 1, 5]),
    d3.interpolateRgb("red", "blue")(0.5),
    d3.arc()({ innerRadius: 0, outerRadius: 100, startAngle: 0, endAngle: Math.PI / 2 }),
  ],
  jquery: ($) => [
    $.extend(true, {}, { a: { b: 1 } }, { a: { c: 2 } }),
    $.map([1, 2, 3], (x) => x * 2),
    $.param({ a: [1, 2], b: "x y" }),
    $.trim("  x  "),
    $.isPlainObject({}),
    $.fn.jquery,
  ],
  three: (THREE) => [
    new THREE.Vector3(1, 2, 3).applyMatrix4(new THREE.Matrix4().makeRotationY(0.5)).toArray().map((x) => Math.round(x * 1e6) / 1e6),
    new THREE.BoxBufferGeometry(1, 2, 3).attributes.position.count,
    new THREE.Color("#ff8800").getHexString(),
    new THREE.Quaternion().setFromEuler(new THREE.Euler(0.1, 0.2, 0.3)).toArray().map((x) => Math.round(x * 1e6) / 1e6),
    THREE.REVISION,
  ],
  echarts: (echarts) => [
    echarts.format.addCommas(1234567.5),
    echarts.format.formatTime("yyyy-MM-dd hh:mm:ss", Date.UTC(2020, 0, 2, 3, 4, 5), true),
    echarts.number.round(1.23456, 2),
    echarts.version,
  ],
  antd: (antd) => [antd.version],
};

// A minimal browser: enough for the UMD bundles here to take their CommonJS branch and set
// themselves up (they must not throw while loading, and jQuery runs its feature tests on these
// elements); no layout, no events, no HTML parser (innerHTML makes one child per top-level tag).
class Node {
  constructor(nodeType, nodeName, ownerDocument) {
    this.nodeType = nodeType;
    this.nodeName = nodeName;
    this.ownerDocument = ownerDocument;
    this.childNodes = [];
    this.parentNode = null;
    this.textContent = "";
  }
  get firstChild() { return this.childNodes[0] ?? null; }
  get lastChild() { return this.childNodes.at(-1) ?? null; }
  appendChild(child) {
    child.parentNode?.removeChild(child);
    this.childNodes.push(child);
    child.parentNode = this;
    return child;
  }
  insertBefore(child, before) {
    child.parentNode?.removeChild(child);
    const at = this.childNodes.indexOf(before);
    this.childNodes.splice(at < 0 ? this.childNodes.length : at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild(child) {
    const at = this.childNodes.indexOf(child);
    if (at >= 0) this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  cloneNode(deep) {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this)), this, { childNodes: [], parentNode: null });
    if (this.style) copy.style = { ...this.style };
    if (this.attrs) copy.attrs = { ...this.attrs };
    if (deep) for (const c of this.childNodes) copy.appendChild(c.cloneNode(true));
    return copy;
  }
  contains(other) { for (let n = other; n; n = n.parentNode) if (n === this) return true; return false; }
  compareDocumentPosition() { return 0; }
  addEventListener() {}
  removeEventListener() {}
}
class Element extends Node {
  constructor(tag, ownerDocument) {
    super(1, String(tag).toUpperCase(), ownerDocument);
    this.tagName = this.nodeName;
    this.style = {};
    this.attrs = {};
    this.classList = { add() {}, remove() {}, contains: () => false, toggle() {} };
  }
  get children() { return this.childNodes.filter((c) => c.nodeType === 1); }
  get attributes() { return Object.entries(this.attrs).map(([name, value]) => ({ name, value })); }
  set innerHTML(html) {
    this.childNodes = [];
    for (const m of String(html).matchAll(/<([a-zA-Z][\w-]*)[^>]*>([^<]*)/g)) {
      const el = this.appendChild(new Element(m[1], this.ownerDocument));
      el.textContent = m[2];
    }
    this.textContent = String(html).replace(/<[^>]*>/g, "");
  }
  get innerHTML() { return ""; }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  getAttribute(k) { return Object.hasOwn(this.attrs, k) ? this.attrs[k] : null; }
  hasAttribute(k) { return Object.hasOwn(this.attrs, k); }
  removeAttribute(k) { delete this.attrs[k]; }
  getElementsByTagName(tag) {
    const out = [];
    const walk = (n) => { for (const c of n.childNodes) { if (c.nodeType === 1 && (tag === "*" || c.nodeName === String(tag).toUpperCase())) out.push(c); walk(c); } };
    walk(this);
    return out;
  }
  getElementsByClassName() { return []; }
  querySelectorAll() { return []; }
  querySelector() { return null; }
  matches() { return false; }
  getContext() { return null; }
  getBoundingClientRect() { return { top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }; }
  getClientRects() { return []; }
}

function makeContext(require, originalFile) {
  const module = { exports: {} };
  const document = new Node(9, "#document", null);
  const element = (tag) => new Element(tag, document);
  const text = (type, name) => (value) => Object.assign(new Node(type, name, document), { nodeValue: value, data: value, textContent: value });
  Object.assign(document, {
    readyState: "complete",
    createElement: element,
    createElementNS: (ns, tag) => element(tag),
    createTextNode: text(3, "#text"),
    createComment: text(8, "#comment"),
    createDocumentFragment: () => new Element("#document-fragment", document),
    getElementById: () => null,
    getElementsByName: () => [],
    querySelectorAll: () => [],
    querySelector: () => null,
    implementation: { createHTMLDocument: () => document, hasFeature: () => false },
  });
  document.documentElement = document.appendChild(element("html"));
  document.head = document.documentElement.appendChild(element("head"));
  document.body = document.documentElement.appendChild(element("body"));
  document.getElementsByTagName = (tag) => Element.prototype.getElementsByTagName.call(document, tag);
  const noop = () => {};
  const sandbox = {
    module, exports: module.exports, require,
    __filename: originalFile, __dirname: originalFile.replace(/\/[^/]*$/, ""),
    console: { log: noop, info: noop, warn: noop, error: noop, debug: noop, trace: noop, group: noop, groupEnd: noop, time: noop, timeEnd: noop },
    document, navigator: { userAgent: "node", platform: "node", language: "en-US" },
    location: { href: "http://localhost/", protocol: "http:", host: "localhost", hostname: "localhost", pathname: "/", search: "", hash: "" },
    setTimeout: () => 0, clearTimeout: noop, setInterval: () => 0, clearInterval: noop,
    requestAnimationFrame: () => 0, cancelAnimationFrame: noop, queueMicrotask: noop,
    addEventListener: noop, removeEventListener: noop,
    getComputedStyle: () => ({ getPropertyValue: () => "" }), matchMedia: () => ({ matches: false, addListener: noop, removeListener: noop }),
    devicePixelRatio: 1, innerWidth: 1024, innerHeight: 768,
    TextEncoder, TextDecoder, URL, URLSearchParams, Buffer, process: { env: { NODE_ENV: "production" }, version: process.version, versions: {}, platform: "linux", argv: [], cwd: () => "/" },
  };
  const context = vm.createContext(sandbox);
  // window and self are the global; Math.random is seeded, so that ids made at load time (jQuery's
  // expando) are the same in every run.
  vm.runInContext(`var window = globalThis, self = globalThis;
    Math.random = ((seed) => () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    })(1);`, context);
  document.defaultView = context;
  return { context, module, initial: module.exports };
}

// typeof of the value and, for an object or a function, its own keys with the typeof of each
// (and the value of those that are strings, numbers or booleans: versions, constants; not a
// function's name, which mangling changes).
function describe(value) {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return { type: value === null ? "null" : typeof value };
  const keys = [];
  for (const k of Reflect.ownKeys(value)) {
    const name = typeof k === "symbol" ? k.toString() : k;
    let v;
    let t;
    try { v = value[k]; t = typeof v; } catch { t = "throws"; }
    const primitive = (t === "string" || t === "number" || t === "boolean") && !(typeof value === "function" && k === "name");
    keys.push(primitive ? `${name}:${t}=${String(v).slice(0, 100)}` : `${name}:${t}`);
  }
  return { type: typeof value, keys: keys.sort() };
}

async function fingerprint(lib, file, originalFile) {
  const require = createRequire(originalFile);
  const { context, module, initial } = makeContext(require, originalFile);
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  const added = Object.getOwnPropertyNames(context).filter((k) => !before.has(k)).sort();
  const exported = module.exports !== initial || Object.keys(initial).length > 0 ? module.exports : undefined;
  const print = { globals: added.map((k) => `${k}:${typeof context[k]}`) };
  if (exported !== undefined) print.exports = describe(exported);
  else for (const k of added) print[`global ${k}`] = describe(context[k]);
  const probe = PROBES[lib];
  if (probe) {
    const target = exported ?? context[added[0]];
    try {
      print.probes = JSON.parse(JSON.stringify(await probe(target), (k, v) => (typeof v === "function" ? `function ${v.length}` : v)));
    } catch (e) {
      print.probes = `throws ${String(e?.stack ?? e).split("\n").slice(0, 2).join(" | ")}`;
    }
  }
  return print;
}

// The first place two fingerprints differ, as a short text.
function firstDifference(a, b, path = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    const sa = new Set(a.map((x) => JSON.stringify(x)));
    const sb = new Set(b.map((x) => JSON.stringify(x)));
    if (a.every((x) => typeof x === "string") && b.every((x) => typeof x === "string")) {
      const missing = a.filter((x) => !sb.has(JSON.stringify(x)));
      const extra = b.filter((x) => !sa.has(JSON.stringify(x)));
      if (missing.length || extra.length)
        return `${path}: missing [${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}], extra [${extra.slice(0, 5).join(", ")}${extra.length > 5 ? ", …" : ""}]`;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  const show = (x) => { const s = JSON.stringify(x) ?? "undefined"; return s.length > 200 ? `${s.slice(0, 200)}…` : s; };
  return `${path}: expected ${show(a)}, got ${show(b)}`;
}

const [lib, originalArg, ...rest] = process.argv.slice(2);
const originalFile = originalArg && resolve(originalArg);
if (!lib || !originalFile) {
  console.error("usage: node check.mjs LIB ORIGINAL [LABEL=MINIFIED]...");
  process.exit(2);
}
const sizes = (file) => {
  const bytes = readFileSync(file);
  return { bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
};
let expected;
try {
  expected = await fingerprint(lib, originalFile, originalFile);
  console.log(JSON.stringify({ label: "original", ...sizes(originalFile), status: "ok", detail: "" }));
} catch (e) {
  console.log(JSON.stringify({ label: "original", ...sizes(originalFile), status: "error", detail: `the original fails to load: ${String(e?.stack ?? e).split("\n").slice(0, 3).join(" | ")}` }));
}
if (process.env.CHECK_PRINT) console.error(JSON.stringify(expected, null, 1));
for (const arg of rest) {
  const at = arg.indexOf("=");
  const label = arg.slice(0, at);
  const file = arg.slice(at + 1);
  let status = "ok";
  let detail = "";
  if (expected === undefined) {
    status = "error";
    detail = "no fingerprint: the original fails to load";
  } else {
    try {
      const got = await fingerprint(lib, file, originalFile);
      const d = firstDifference(expected, got);
      if (d) { status = "wrong"; detail = d; }
    } catch (e) {
      status = "error";
      detail = String(e?.stack ?? e).split("\n").slice(0, 3).join(" | ");
    }
  }
  console.log(JSON.stringify({ label, ...sizes(file), status, detail }));
}
