define(["require", "exports", "module", "./one"], function (require, exports, module, one) {
  exports.sum = one + require("./one") + 1;
  exports.sameExports = module.exports === exports;
});
