// Builds the request list of the resolver's differential test and answers it with the real
// enhanced-resolve. The packages are those of package.json (this folder's node_modules); for each:
// its bare name, every subpath its `exports` allows (`*` patterns expanded to the files that
// exist), and every relative import/require found in its own files. Each request is resolved
// with webpack 5's options for an ESM import on target web and for a CommonJS require on target
// node (production mode; lib/config/defaults.js getResolveDefaults).
//
//   node differential.mjs --out FILE           writes one JSON line per (options, context, request, answer)
//   node differential.mjs --bench [--rounds N] times enhanced-resolve over the same list, cold and warm
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { ResolverFactory, CachedInputFileSystem } = require("enhanced-resolve");

export const optionSets = {
  "web-esm": {
    conditionNames: ["import", "module", "webpack", "production", "browser"],
    mainFields: ["browser", "module", "main"],
    aliasFields: ["browser"],
    extensions: [".js", ".json", ".wasm"],
    exportsFields: ["exports"],
    importsFields: ["imports"],
    mainFiles: ["index"],
    modules: ["node_modules"],
  },
  "node-cjs": {
    conditionNames: ["require", "module", "webpack", "production", "node"],
    mainFields: ["module", "main"],
    aliasFields: [],
    extensions: [".js", ".json", ".wasm"],
    exportsFields: ["exports"],
    importsFields: ["imports"],
    mainFiles: ["index"],
    modules: ["node_modules"],
  },
};

const PACKAGES = ["react", "react-dom", "preact", "vue", "@mui/material", "@babel/runtime", "lodash", "lodash-es", "rxjs",
  "date-fns", "uuid", "nanoid", "three", "axios", "zod"];
const MAX_FILES_SCANNED = 4000;

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function stringTargets(value, out) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringTargets(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringTargets(v, out));
  return out;
}

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}(?:\/[^"'\n]*)?)["']/g;

export function buildRequests() {
  const requests = []; // [context, request]
  const seen = new Set();
  const add = (context, request) => {
    const key = context + "\0" + request;
    if (!seen.has(key)) { seen.add(key); requests.push([context, request]); }
  };
  for (const name of PACKAGES) {
    const root = path.join(here, "node_modules", name);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const files = walk(root, []).sort();
    add(here, name);
    const exp = pkg.exports;
    if (exp && typeof exp === "object" && !Array.isArray(exp)) {
      for (const key of Object.keys(exp)) {
        if (!key.startsWith("./")) continue;
        if (!key.includes("*")) {
          add(here, name + key.slice(1));
          continue;
        }
        // Expand the pattern through each of its targets: every file a target pattern matches
        // gives the text for the `*`.
        for (const target of new Set(stringTargets(exp[key], []))) {
          const star = target.indexOf("*");
          if (star < 0 || !target.startsWith("./")) continue;
          const prefix = path.join(root, target.slice(2, star));
          const suffix = target.slice(star + 1);
          for (const file of files) {
            if (!file.startsWith(prefix) || !file.endsWith(suffix) || file.length < prefix.length + suffix.length) continue;
            const match = file.slice(prefix.length, file.length - suffix.length);
            add(here, name + "/" + key.slice(2).replace("*", match));
          }
        }
      }
    }
    let scanned = 0;
    for (const file of files) {
      if (!/\.(m|c)?js$/.test(file) || scanned++ >= MAX_FILES_SCANNED) continue;
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(IMPORT_RE)) add(path.dirname(file), m[1]);
    }
  }
  return requests;
}

function createResolver(options) {
  return ResolverFactory.createResolver({
    fileSystem: new CachedInputFileSystem(fs, 4000),
    useSyncFileSystemCalls: true,
    ...options,
  });
}

function answer(resolver, context, request) {
  try {
    const result = resolver.resolveSync({}, context, request);
    return { result: result === false ? false : result };
  } catch (e) {
    return { error: String(e.message).split("\n")[0] };
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const args = process.argv.slice(2);
if (args[0] === "--out") {
  const requests = buildRequests();
  const lines = [];
  for (const [set, options] of Object.entries(optionSets)) {
    const resolver = createResolver(options);
    for (const [context, request] of requests) lines.push(JSON.stringify({ set, context, request, ...answer(resolver, context, request) }));
  }
  fs.writeFileSync(args[1], lines.join("\n") + "\n");
} else if (args[0] === "--requests") {
  fs.writeFileSync(args[1], buildRequests().map(([c, r]) => JSON.stringify({ context: c, request: r })).join("\n") + "\n");
} else if (args[0] === "--bench") {
  const rounds = Number(args[args.indexOf("--rounds") + 1]) || 5;
  const requests = buildRequests();
  const result = { requests: requests.length * 2, cold: [], warm: [] };
  for (let round = 0; round < rounds; round++) {
    const resolvers = Object.values(optionSets).map(createResolver);
    let t = process.hrtime.bigint();
    for (const resolver of resolvers) for (const [c, r] of requests) answer(resolver, c, r);
    result.cold.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    for (const resolver of resolvers) for (const [c, r] of requests) answer(resolver, c, r);
    result.warm.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  result.coldMs = median(result.cold);
  result.warmMs = median(result.warm);
  result.coldPerSecond = Math.round(result.requests / (result.coldMs / 1000));
  result.warmPerSecond = Math.round(result.requests / (result.warmMs / 1000));
  console.log(JSON.stringify(result));
} else {
  console.error("usage: node differential.mjs --out FILE | --requests FILE | --bench [--rounds N]");
  process.exit(2);
}
