// `new require(id)` invokes the require function as a constructor, so a
// primitive module.exports is discarded in favor of the freshly created
// instance, exactly as in Node.js. A concatenated module has no require
// call left, so apply that rule to its exports value instead.
__webpack_require__.cr = (exports) => {
	var isObject =
		exports !== null && (typeof exports === "object" || typeof exports === "function");
	return isObject ? exports : Object.create(__webpack_require__.prototype);
};
