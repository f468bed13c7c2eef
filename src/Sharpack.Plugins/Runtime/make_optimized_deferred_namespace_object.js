// A deferred import whose namespace is only read through `x.a.name`: `.a` evaluates the module
// on first access and then becomes a plain value. A module reached again while it (or, in a
// cycle, a module of its strongly connected component) is still evaluating throws.
// A function, not an arrow: `this` is __webpack_require__.
__webpack_require__.zO = function(moduleId, mode, asyncDeps, syncDeps) {
	var r = this;
//@@ASYNC
	var isAsync = asyncDeps && asyncDeps.length;
//@@END
	var obj = {
		get a() {
			var cachedModule = __webpack_module_cache__[moduleId];
			if (cachedModule !== undefined && (cachedModule.evaluating || cachedModule.evaluatingAsync)) throw new TypeError("Cannot access a deferred module namespace while the module is being evaluated");
			if (syncDeps) for (var i = 0; i < syncDeps.length; i++) {
				var depModule = __webpack_module_cache__[syncDeps[i]];
				if (depModule !== undefined && (depModule.evaluating || depModule.evaluatingAsync)) throw new TypeError("Cannot access a deferred module namespace while a dependency is being evaluated");
			}
			var exports = r(moduleId);
//@@ASYNC
			if(isAsync) exports = exports[__webpack_require__.aE];
//@@END
			if(mode & 8 || (mode & 4 && exports.__esModule)) Object.defineProperty(this, "a", { value: exports });
			return exports;
		}
	};
//@@ASYNC
	if(isAsync) obj[__webpack_require__.zS] = asyncDeps;
//@@END
	return obj;
};
