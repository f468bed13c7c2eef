// Rspack config for bench/bundle/run.sh; the options (and the environment variables that pick
// the corpus, the mode and the output folder) are in bench-config.cjs, the same as webpack's.
'use strict';
module.exports = require('./bench-config.cjs')();
