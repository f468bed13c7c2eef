const ok = 1;

const missing = require("./not-here");
