// The webpack and Rspack options for bench/bundle/run.sh. The corpus, its kind, the mode and the output folder
// come from the environment:
//   BENCH_CORPUS  folder written by ../shared/bench/make-synthetic.mjs or make-three10.mjs
//   BENCH_KIND    synthetic | three10 | package (bench/bundle/packages/NAME: src/index.js imports an npm package)
//                 | css (bench/bundle/make-css-app.mjs: components with CSS modules)
//   BENCH_MODE    development | production (production minus minification, unless BENCH_MINIFY)
//   BENCH_MINIFY  optional; "1" keeps optimization.minimize on (run.sh --minify: webpack's terser,
//                 Rspack's SWC minimizer, each bundler's default minimizers)
//   BENCH_OUT     output folder
//   BENCH_SPLIT_CHUNKS  optional; "false" sets optimization.splitChunks: false (run.sh --splitting:
//                 async chunks only, no split-off shared or vendor chunks, as Sharpack)
// webpack.config.cjs and rspack.config.cjs both call it: the options are the same for both.
'use strict';
const path = require('node:path');

function benchConfig() {
  const corpus = path.resolve(need('BENCH_CORPUS'));
  const kind = need('BENCH_KIND');
  const mode = need('BENCH_MODE');
  if (kind !== 'synthetic' && kind !== 'three10' && kind !== 'package' && kind !== 'css') throw new Error('BENCH_KIND must be synthetic, three10, package or css');
  if (mode !== 'development' && mode !== 'production') throw new Error('BENCH_MODE must be development or production');
  const output = {
    path: path.resolve(need('BENCH_OUT')),
    filename: 'main.js',
    clean: true,
  };
  // three.js x10: the entry's ten namespaces go to a global, as ../shared/bench/check-three10.cjs
  // expects (and so nothing can be tree-shaken away).
  if (kind === 'three10') output.library = { name: 'THREE', type: 'var' };
  const optimization = { minimize: process.env.BENCH_MINIFY === '1' };
  if (process.env.BENCH_SPLIT_CHUNKS === 'false') optimization.splitChunks = false;
  return {
    mode,
    context: corpus,
    entry: kind === 'three10' ? './entry.js' : './src/index.js',
    target: 'web',
    devtool: false,
    output,
    optimization,
    // css-N: CSS built in (CSS modules for *.module.css, a .css file per chunk). Rspack 2 has no
    // experiments.css: the css/auto rule says it (webpack's default rule, spelled out).
    ...(kind === 'css' ? { experiments: { css: true }, module: { rules: [{ test: /\.css$/i, type: 'css/auto' }] } } : {}),
    infrastructureLogging: { level: 'error' },
    stats: 'errors-warnings',
  };
}

function need(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (see bench/bundle/run.sh)`);
  return v;
}

module.exports = benchConfig;
