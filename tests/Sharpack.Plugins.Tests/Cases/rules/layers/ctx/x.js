module.exports = __webpack_layer__;
