// The shape of a package shipped as a webpack 4 build with an external: its own
// __webpack_require__ and __webpack_exports__, and a require() of a module outside it.
module.exports = (function (modules) {
  var installedModules = {};
  function __webpack_require__(moduleId) {
    if (installedModules[moduleId]) return installedModules[moduleId].exports;
    var module = (installedModules[moduleId] = { i: moduleId, l: false, exports: {} });
    modules[moduleId].call(module.exports, module, module.exports, __webpack_require__);
    module.l = true;
    return module.exports;
  }
  __webpack_require__.count = function () { return Object.keys(installedModules).length; };
  // A shorthand property keeps its key.
  var api = { __webpack_require__ };
  api.__webpack_require__.tag = "nested";
  return __webpack_require__(0);
})([
  function (module, __webpack_exports__, __webpack_require__) {
    var outer = __webpack_require__(1);
    __webpack_exports__.message = "inner module 0 sees " + outer;
    __webpack_exports__.loaded = __webpack_require__.count();
    __webpack_exports__.tag = __webpack_require__.tag;
  },
  function (module) {
    module.exports = require("./outer.js");
  },
]);
