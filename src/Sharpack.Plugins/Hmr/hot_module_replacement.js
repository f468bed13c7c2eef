// What disposed modules left for their next version, by module id (module.hot.data).
var moduleData = {};
var cache = __webpack_require__.c;

// Set while a hot-aware require creates a module: who asked, and which module it is.
var requestedModule;
var nextParents = [];

// The update's status and who listens to it.
var statusHandlers = [];
var status = "idle";

// Chunks loading while an update is prepared hold it back.
var pendingLoads = 0;
var afterLoads = [];

// The handlers of the update being prepared, and modules invalidated meanwhile.
var applyHandlers;
var invalidatedQueue;

__webpack_require__.hmrD = moduleData;

__webpack_require__.i.push(function(execution) {
	var module = execution.module;
	var require = hotRequire(execution.require, execution.id);
	module.hot = hotApi(execution.id, module);
	module.parents = nextParents;
	module.children = [];
	nextParents = [];
	execution.require = require;
});

__webpack_require__.hmrC = {};
__webpack_require__.hmrI = {};

// A module's own require: records who requires whom (parents and children), and makes chunk
// loads started while an update is prepared part of it.
function hotRequire(require, moduleId) {
	var me = cache[moduleId];
	if(!me) return require;
	var fn = function(request) {
		if(me.hot.active) {
			if(cache[request]) {
				var parents = cache[request].parents;
				if(parents.indexOf(moduleId) === -1) parents.push(moduleId);
			} else {
				nextParents = [moduleId];
				requestedModule = request;
			}
			if(me.children.indexOf(request) === -1) me.children.push(request);
		} else {
			console.warn("[HMR] unexpected require(" + request + ") from disposed module " + moduleId);
			nextParents = [];
		}
		return require(request);
	};
	var forward = function(name) {
		return {
			configurable: true,
			enumerable: true,
			get: function() { return require[name]; },
			set: function(value) { require[name] = value; }
		};
	};
	for(var name in require) {
		if(Object.prototype.hasOwnProperty.call(require, name) && name !== "e" && name !== "ei") {
			Object.defineProperty(fn, name, forward(name));
		}
	}
	if(require.e) {
		fn.e = function(chunkId, fetchPriority) {
			return holdUpdate(require.e(chunkId, fetchPriority));
		};
	}
	if(require.ei) {
		fn.ei = function(chunkId, load) {
			return holdUpdate(require.ei(chunkId, load));
		};
	}
	return fn;
}

// module.hot of one module.
function hotApi(moduleId, me) {
	var isMain = requestedModule !== moduleId;
	var hot = {
		_acceptedDependencies: {},
		_acceptedErrorHandlers: {},
		_declinedDependencies: {},
		_selfAccepted: false,
		_selfDeclined: false,
		_selfInvalidated: false,
		_disposeHandlers: [],
		_main: isMain,
		_requireSelf: function() {
			nextParents = me.parents.slice();
			requestedModule = isMain ? undefined : moduleId;
			__webpack_require__(moduleId);
		},

		active: true,
		accept: function(dep, callback, errorHandler) {
			if(dep === undefined) {
				hot._selfAccepted = true;
			} else if(typeof dep === "function") {
				hot._selfAccepted = dep;
			} else {
				var list = typeof dep === "object" && dep !== null ? dep : [dep];
				for(var i = 0; i < list.length; i++) {
					hot._acceptedDependencies[list[i]] = callback || function() {};
					hot._acceptedErrorHandlers[list[i]] = errorHandler;
				}
			}
		},
		decline: function(dep) {
			if(dep === undefined) {
				hot._selfDeclined = true;
			} else {
				var list = typeof dep === "object" && dep !== null ? dep : [dep];
				for(var i = 0; i < list.length; i++) hot._declinedDependencies[list[i]] = true;
			}
		},
		dispose: function(callback) {
			hot._disposeHandlers.push(callback);
		},
		addDisposeHandler: function(callback) {
			hot._disposeHandlers.push(callback);
		},
		removeDisposeHandler: function(callback) {
			var at = hot._disposeHandlers.indexOf(callback);
			if(at >= 0) hot._disposeHandlers.splice(at, 1);
		},
		invalidate: function() {
			this._selfInvalidated = true;
			if(status === "idle" || status === "ready") {
				if(status === "idle") applyHandlers = [];
				forEachInvalidateHandler(function(handler) { handler(moduleId, applyHandlers); });
				if(status === "idle") setStatus("ready");
			} else if(status === "prepare" || status === "check" || status === "dispose" || status === "apply") {
				(invalidatedQueue = invalidatedQueue || []).push(moduleId);
			}
			// in an error status the request is ignored
		},

		check: check,
		apply: apply,
		status: function(handler) {
			if(!handler) return status;
			statusHandlers.push(handler);
		},
		addStatusHandler: function(handler) {
			statusHandlers.push(handler);
		},
		removeStatusHandler: function(handler) {
			var at = statusHandlers.indexOf(handler);
			if(at >= 0) statusHandlers.splice(at, 1);
		},

		data: moduleData[moduleId]
	};
	requestedModule = undefined;
	return hot;
}

function forEachInvalidateHandler(fn) {
	Object.keys(__webpack_require__.hmrI).forEach(function(key) { fn(__webpack_require__.hmrI[key]); });
}

function setStatus(next) {
	status = next;
	var waits = [];
	for(var i = 0; i < statusHandlers.length; i++) waits[i] = statusHandlers[i].call(null, next);
	return Promise.all(waits).then(function() {});
}

function release() {
	if(--pendingLoads === 0) {
		setStatus("ready").then(function() {
			if(pendingLoads !== 0) return;
			var waiting = afterLoads;
			afterLoads = [];
			for(var i = 0; i < waiting.length; i++) waiting[i]();
		});
	}
}

function holdUpdate(promise) {
	if(status !== "ready" && status !== "prepare") return promise;
	if(status === "ready") setStatus("prepare");
	pendingLoads++;
	promise.then(release, release);
	return promise;
}

function whenLoaded(fn) {
	if(pendingLoads === 0) return fn();
	return new Promise(function(resolve) {
		afterLoads.push(function() { resolve(fn()); });
	});
}

// module.hot.check: downloads the manifest and the updated chunks; applies them too when asked.
function check(applyOnUpdate) {
	if(status !== "idle") throw new Error("check() is only allowed in idle status");
	return setStatus("check").then(__webpack_require__.hmrM).then(function(update) {
		if(!update) {
			return setStatus(applyInvalidated() ? "ready" : "idle").then(function() { return null; });
		}
		return setStatus("prepare").then(function() {
			var updatedModules = [];
			var downloads = [];
			applyHandlers = [];
			Object.keys(__webpack_require__.hmrC).forEach(function(key) {
				__webpack_require__.hmrC[key](update.c, update.r, update.m, downloads, applyHandlers, updatedModules, update.css, update.f);
			});
			return Promise.all(downloads).then(function() {
				return whenLoaded(function() {
					if(applyOnUpdate) return applyUpdate(applyOnUpdate);
					return setStatus("ready").then(function() { return updatedModules; });
				});
			});
		});
	});
}

// module.hot.apply.
function apply(options) {
	if(status !== "ready") {
		return Promise.resolve().then(function() {
			throw new Error("apply() is only allowed in ready status (state: " + status + ")");
		});
	}
	return applyUpdate(options);
}

function applyUpdate(options) {
	options = options || {};
	applyInvalidated();
	var results = applyHandlers.map(function(handler) { return handler(options); });
	applyHandlers = undefined;
	var errors = results.map(function(result) { return result.error; }).filter(Boolean);
	if(errors.length > 0) {
		return setStatus("abort").then(function() { throw errors[0]; });
	}
	var disposed = setStatus("dispose");
	results.forEach(function(result) { if(result.dispose) result.dispose(); });
	var applied = setStatus("apply");
	var firstError;
	var reportError = function(error) { if(!firstError) firstError = error; };
	var outdated = [];
	return Promise.all(results.filter(function(result) { return result.apply; }).map(function(result) { return result.apply(reportError); }))
		.then(function(lists) {
			lists.forEach(function(list) {
				if(list) for(var i = 0; i < list.length; i++) outdated.push(list[i]);
			});
		})
		.then(function() {
			return Promise.all([disposed, applied]).then(function() {
				if(firstError) return setStatus("fail").then(function() { throw firstError; });
				if(invalidatedQueue) {
					return applyUpdate(options).then(function(list) {
						outdated.forEach(function(id) { if(list.indexOf(id) < 0) list.push(id); });
						return list;
					});
				}
				return setStatus("idle").then(function() { return outdated; });
			});
		});
}

// Modules that called module.hot.invalidate() while an update ran join the next one.
function applyInvalidated() {
	if(!invalidatedQueue) return false;
	if(!applyHandlers) applyHandlers = [];
	forEachInvalidateHandler(function(handler) {
		invalidatedQueue.forEach(function(moduleId) { handler(moduleId, applyHandlers); });
	});
	invalidatedQueue = undefined;
	return true;
}
