// The first difference between a reference parser's ESTree and ours, shared by the comparison
// scripts (compare-with-acorn.mjs, compare-with-typescript-estree.mjs).

// The reference's value as JSON.stringify would write it (our writer writes null for these).
function normalized(value) {
  if (value instanceof RegExp || typeof value === "bigint") return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

function show(value) {
  if (value === undefined) return "(absent)";
  let text;
  if (value !== null && typeof value === "object") {
    text = Array.isArray(value) ? `[${value.length} items]` : value.type ? `{type: ${value.type}}` : JSON.stringify(value);
  } else text = JSON.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + "..." : text;
}

// The JSON path of the first difference in the reference's document order, or null; `label`
// names the reference in the message. Key order is not compared; undefined counts as absent.
// Iterative: real-world trees (long concatenations, deep nesting) are deeper than node's stack.
export function firstDifference(theirs, ours, label) {
  const stack = [[theirs, ours, "$"]];
  while (stack.length > 0) {
    const [aRaw, b, path] = stack.pop();
    const a = normalized(aRaw);
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
      if (a !== b) return `${path} (${label} ${show(a)} vs ours ${show(b)})`;
      continue;
    }
    if (Array.isArray(a) !== Array.isArray(b)) return `${path} (${label} ${show(a)} vs ours ${show(b)})`;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return `${path}.length (${label} ${a.length} vs ours ${b.length})`;
      for (let i = a.length - 1; i >= 0; i--) stack.push([a[i], b[i], `${path}[${i}]`]);
      continue;
    }
    const keys = Object.keys(a).filter(k => a[k] !== undefined);
    const keySet = new Set(keys);
    for (const key of keys) if (!Object.hasOwn(b, key)) return `${path}.${key} (${label} ${show(a[key])} vs ours (absent))`;
    for (const key of Object.keys(b)) if (!keySet.has(key)) return `${path}.${key} (${label} (absent) vs ours ${show(b[key])})`;
    const where = a.type ? `${path}<${a.type}>` : path;
    for (let i = keys.length - 1; i >= 0; i--) stack.push([a[keys[i]], b[keys[i]], `${where}.${keys[i]}`]);
  }
  return null;
}
