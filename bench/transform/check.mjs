// Checks that Sharpack's transform output is JavaScript: every file written by
// `sharpack-bench transform --out DIR` (DIR/CORPUS/manifest.tsv: output, source) is parsed as an ES
// module by esbuild (transformSync with loader "js") and by V8 (a vm.SourceTextModule, compiled
// and not linked, so its imports need not exist). Run with --experimental-vm-modules.
//
//   node --experimental-vm-modules check.mjs DIR
//
// Prints one line per corpus and one per file that fails either parser (exit code 1 then).
// For information, it also compares each output with TypeScript's transpileModule of the source
// (the options peers.mjs gives it) once esbuild has reprinted both (minifyWhitespace, no comments:
// layout, comments and quote style aside), and lists the first files that differ.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node --experimental-vm-modules check.mjs DIR');
  process.exit(2);
}
if (typeof vm.SourceTextModule !== 'function') {
  console.error('check.mjs: vm.SourceTextModule is missing; run node with --experimental-vm-modules');
  process.exit(2);
}

const tscOptions = {
  module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, useDefineForClassFields: true,
};
const reprint = (code) => {
  try {
    return esbuild.transformSync(code, { loader: 'js', minifyWhitespace: true, legalComments: 'none', logLevel: 'silent' }).code;
  } catch {
    return null;
  }
};
const firstLine = (error) => (error?.message ?? String(error)).split('\n').find((line) => line.trim() !== '')?.trim();
let failed = 0;
for (const corpus of readdirSync(dir).sort()) {
  const manifest = join(dir, corpus, 'manifest.tsv');
  if (!existsSync(manifest)) continue;
  const entries = readFileSync(manifest, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
  let bad = 0;
  const differ = [];
  for (const [output, source] of entries) {
    const code = readFileSync(join(dir, corpus, output), 'utf8');
    const problems = [];
    try {
      esbuild.transformSync(code, { loader: 'js', sourcefile: output, logLevel: 'silent' });
    } catch (error) {
      problems.push(`esbuild: ${firstLine(error)}`);
    }
    try {
      new vm.SourceTextModule(code, { identifier: source });
    } catch (error) {
      problems.push(`V8: ${firstLine(error)}`);
    }
    if (problems.length > 0) {
      bad++;
      console.log(`check.mjs: ${corpus}: ${source} (${join(dir, corpus, output)}): ${problems.join('; ')}`);
      continue;
    }
    const tsc = ts.transpileModule(readFileSync(source, 'utf8'), { fileName: source, compilerOptions: tscOptions }).outputText;
    if (reprint(code) !== reprint(tsc)) differ.push(source);
  }
  failed += bad;
  console.log(`check.mjs: ${corpus}: ${entries.length} outputs parsed by esbuild and V8, ${bad} invalid; ` +
    `${entries.length - bad - differ.length} of ${entries.length - bad} the same as tsc's output once esbuild reprints both`);
  for (const source of differ.slice(0, 10)) console.log(`check.mjs: ${corpus}: differs from tsc's output: ${source}`);
}
await esbuild.stop?.();
process.exitCode = failed > 0 ? 1 : 0;
