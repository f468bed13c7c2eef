// Checks that every minified output parses with lightningcss: each output DIR/TOOL/FILE that the
// contenders wrote (peers.mjs and sharpack-bench css-minify, --out DIR) is parsed by lightningcss's
// transform({ errorRecovery: true, minify: false }), and its errors (lightningcss's warnings under
// error recovery) are compared with the errors of the input itself: an output passes when it has
// no error the input does not have (the same type and message, counted). The generated Tailwind
// build has 8 selectors lightningcss rejects (`::first-letter::placeholder`); a minifier that keeps
// them passes, one that drops them too.
//
//   node check.mjs DIR INPUT...      (INPUT: the original files; DIR/TOOL/basename(INPUT) are checked)
//
// Prints one line per output and a summary per tool; exits 1 when an output of Sharpack fails.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transform } from 'lightningcss';

const [dir, ...inputs] = process.argv.slice(2);
if (!dir || inputs.length === 0) {
  console.error('usage: node check.mjs DIR INPUT...');
  process.exit(2);
}

function errorsOf(code, filename) {
  try {
    const result = transform({ filename, code, minify: false, errorRecovery: true });
    return result.warnings.map(w => ({ key: `${w.type}: ${w.message}`, loc: w.loc }));
  } catch (error) {
    // errorRecovery does not cover everything (an error in a declaration block it cannot skip).
    return [{ key: `fatal: ${error.message}`, loc: error.loc ?? null }];
  }
}

const tools = readdirSync(dir, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort();
const summary = {};
let sharpackFailed = 0;
for (const input of inputs) {
  const file = basename(input);
  const inputErrors = errorsOf(readFileSync(input), file);
  const allowed = new Map();
  for (const { key } of inputErrors) allowed.set(key, (allowed.get(key) ?? 0) + 1);
  for (const tool of tools) {
    const output = join(dir, tool, file);
    if (!existsSync(output)) continue;
    const errors = errorsOf(readFileSync(output), file);
    const left = new Map(allowed);
    const added = [];
    for (const error of errors) {
      const n = left.get(error.key) ?? 0;
      if (n > 0) left.set(error.key, n - 1);
      else added.push(error);
    }
    const s = (summary[tool] ??= { outputs: 0, clean: 0, asInput: 0, failed: [] });
    s.outputs++;
    if (errors.length === 0) s.clean++;
    else if (added.length === 0) s.asInput++;
    else s.failed.push(file);
    if (added.length > 0 && tool === 'sharpack') sharpackFailed++;
    const status = added.length > 0 ? 'FAIL' : 'ok';
    let line = `${status.padEnd(4)} ${tool.padEnd(13)} ${file.padEnd(16)} ${errors.length} error(s), input ${inputErrors.length}`;
    if (added.length > 0) {
      const first = added[0];
      line += `; not in the input: ${added.length}, first: ${first.key}` +
        (first.loc ? ` at ${first.loc.line}:${first.loc.column}` : '');
    }
    console.log(line);
  }
}
console.log();
for (const [tool, s] of Object.entries(summary)) {
  console.log(`check: ${tool}: ${s.outputs - s.failed.length}/${s.outputs} outputs parse with lightningcss with no error ` +
    `the input lacks (${s.clean} without any error, ${s.asInput} with the input's own)` +
    (s.failed.length > 0 ? `; new errors in ${s.failed.join(', ')}` : ''));
}
process.exitCode = sharpackFailed > 0 ? 1 : 0;
