define(function (extra, require, exports, module) {
  module.exports = extra + ":" + require("./dep");
}.bind(null, "bound"));
