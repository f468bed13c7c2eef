// Deferred module namespaces (import defer): one object per module and mode, shared by every
// defer-import site, that evaluates the module on first access of a string key. Symbol keys and
// "then" never evaluate (the TC39 proposal's symbol-like namespace keys).
__webpack_require__.z = (moduleId, mode) => {
	mode &= ~16;
	var byMode = __webpack_module_deferred_namespace_cache__[moduleId];
	if (byMode && byMode[mode] !== undefined) return byMode[mode];
	if (!byMode) byMode = __webpack_module_deferred_namespace_cache__[moduleId] = {};
	var cachedModule = __webpack_module_cache__[moduleId];
	if (cachedModule && cachedModule.error === undefined && !(mode & 8)) {
		var exports = cachedModule.exports;
//@@ASYNC
		if (__webpack_require__.aE in exports) exports = exports[__webpack_require__.aE];
//@@END
		return byMode[mode] = __webpack_require__.t(exports, mode);
	}

	var init = () => {
		var evaluatingModule = __webpack_module_cache__[moduleId];
		if (evaluatingModule !== undefined && (evaluatingModule.evaluating || evaluatingModule.evaluatingAsync)) throw new TypeError("Cannot access a deferred module namespace while the module is being evaluated");
		ns = __webpack_require__(moduleId);
//@@ASYNC
		if (__webpack_require__.aE in ns) ns = ns[__webpack_require__.aE];
//@@END
		init = null;
		if (mode & 8 || mode & 4 && ns.__esModule && typeof ns === 'object') {
			delete handler.get;
			delete handler.has;
			delete handler.ownKeys;
			delete handler.getOwnPropertyDescriptor;
		} else {
			ns = __webpack_require__.t(ns, mode);
		}
		var keys = Reflect.ownKeys(ns);
		for (var i = 0; i < keys.length; i++) {
			var k = keys[i];
			if (k === "__esModule" || k === Symbol.toStringTag) continue;
			if (!Object.prototype.hasOwnProperty.call(ns_target, k)) {
				try { Object.defineProperty(ns_target, k, Reflect.getOwnPropertyDescriptor(ns, k)); } catch (_) {}
			}
		}
	};

	var ns_target = { __proto__: null };
	Object.defineProperty(ns_target, "__esModule", { value: true });
	Object.defineProperty(ns_target, Symbol.toStringTag, { value: "Deferred Module" });
	var ns = ns_target;
	var handler = {
		__proto__: null,
		get: (_, name) => {
			switch (name) {
				case "__esModule": return true;
				case Symbol.toStringTag: return "Deferred Module";
				case "then": return undefined;
			}
			if (typeof name === "symbol") return ns_target[name];
			init && init();
			return ns[name];
		},
		has: (_, name) => {
			switch (name) {
				case "__esModule":
				case Symbol.toStringTag:
//@@ASYNC
				case __webpack_require__.zS:
//@@END
					return true;
				case "then":
					return false;
			}
			if (typeof name === "symbol") return name in ns_target;
			init && init();
			return name in ns;
		},
		ownKeys: () => {
			init && init();
			var filtered = Reflect.ownKeys(ns).filter((x) => (x !== "then" && x !== Symbol.toStringTag));
			var keys = filtered.concat([Symbol.toStringTag]);
			return keys;
		},
		getOwnPropertyDescriptor: (_, name) => {
			switch (name) {
				case "__esModule": return { value: true, writable: false, enumerable: false, configurable: false };
				case Symbol.toStringTag: return { value: "Deferred Module", writable: false, enumerable: false, configurable: false };
				case "then": return undefined;
			}
			if (typeof name === "symbol") return Reflect.getOwnPropertyDescriptor(ns_target, name);
			init && init();
			var desc = Reflect.getOwnPropertyDescriptor(ns, name);
			if (mode & 2 && name == "default" && !desc) {
				desc = { value: ns, configurable: true };
			}
			return desc;
		},
		defineProperty: (_, name) => {
			if (typeof name === "symbol" || name === "then") return false;
			init && init();
			return false;
		},
		deleteProperty: (_, name) => {
			if (typeof name === "symbol" || name === "then") return false;
			init && init();
			return false;
		},
		set: () => (false),
	}
	return byMode[mode] = new Proxy(ns_target, handler);
};
