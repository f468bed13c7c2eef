(function (define) {
  define(["./dep"], function (dep) {
    return "umd:" + dep;
  });
})(typeof define == "function" && define.amd ? define : function (ids, factory) { module.exports = "commonjs"; });
