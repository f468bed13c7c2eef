import(/* webpackChunkName: "main" */ "./lazy.js");
