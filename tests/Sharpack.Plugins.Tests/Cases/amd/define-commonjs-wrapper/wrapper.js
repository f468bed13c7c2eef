define(function (require, exports, module) {
  exports.dep = require("./dep");
  exports.sameModule = module.exports === exports;
});
