(function (root, factory) {
  if (typeof define === "function" && define.amd) define([], function () { return factory("via amd"); });
  else if (typeof module === "object" && module.exports) module.exports = factory("via commonjs");
  else root.umd = factory("via global");
})(this, function (how) { return how; });
