// The update this chunk loading downloads: which chunks it loads, the new module factories (false:
// removed), removed chunks, and runtime code that came with it.
var currentUpdateChunks;
var currentUpdate;
var currentUpdateRemovedChunks;
var currentUpdateRuntime;

function applyHandler(options) {
	if(__webpack_require__.f) delete __webpack_require__.f.$KEY$Hmr;
	currentUpdateChunks = undefined;

	// What updating one module affects: the modules outdated with it up to those that accept it, or why it cannot be applied.
	function effectsOf(updatedId) {
		var outdated = [updatedId];
		var outdatedDependencies = {};
		var queue = [{ chain: [updatedId], id: updatedId }];
		while(queue.length > 0) {
			var item = queue.pop();
			var moduleId = item.id;
			var chain = item.chain;
			var module = __webpack_require__.c[moduleId];
			if(!module || (module.hot._selfAccepted && !module.hot._selfInvalidated)) continue;
			if(module.hot._selfDeclined) return { type: "self-declined", chain: chain, moduleId: moduleId };
			if(module.hot._main) return { type: "unaccepted", chain: chain, moduleId: moduleId };
			for(var i = 0; i < module.parents.length; i++) {
				var parentId = module.parents[i];
				var parent = __webpack_require__.c[parentId];
				if(!parent) continue;
				if(parent.hot._declinedDependencies[moduleId]) {
					return { type: "declined", chain: chain.concat([parentId]), moduleId: moduleId, parentId: parentId };
				}
				if(outdated.indexOf(parentId) !== -1) continue;
				if(parent.hot._acceptedDependencies[moduleId]) {
					addAll(outdatedDependencies[parentId] = outdatedDependencies[parentId] || [], [moduleId]);
					continue;
				}
				delete outdatedDependencies[parentId];
				outdated.push(parentId);
				queue.push({ chain: chain.concat([parentId]), id: parentId });
			}
		}
		return { type: "accepted", moduleId: updatedId, outdatedModules: outdated, outdatedDependencies: outdatedDependencies };
	}

	function addAll(list, items) {
		for(var i = 0; i < items.length; i++) {
			if(list.indexOf(items[i]) === -1) list.push(items[i]);
		}
	}

	var outdatedDependencies = {};
	var outdatedModules = [];
	var appliedUpdate = {};
	var removedFactory = function(module) {
		console.warn("[HMR] unexpected require(" + module.id + ") to disposed module");
	};

	for(var updatedId in currentUpdate) {
		if(!__webpack_require__.o(currentUpdate, updatedId)) continue;
		var factory = currentUpdate[updatedId];
		var effect = factory ? effectsOf(updatedId) : { type: "disposed", moduleId: updatedId };
		var chainInfo = effect.chain ? "\nUpdate propagation: " + effect.chain.join(" -> ") : "";
		var abort = false;
		switch(effect.type) {
			case "self-declined":
				if(options.onDeclined) options.onDeclined(effect);
				if(!options.ignoreDeclined) abort = new Error("Aborted because of self decline: " + effect.moduleId + chainInfo);
				break;
			case "declined":
				if(options.onDeclined) options.onDeclined(effect);
				if(!options.ignoreDeclined) abort = new Error("Aborted because of declined dependency: " + effect.moduleId + " in " + effect.parentId + chainInfo);
				break;
			case "unaccepted":
				if(options.onUnaccepted) options.onUnaccepted(effect);
				if(!options.ignoreUnaccepted) abort = new Error("Aborted because " + updatedId + " is not accepted" + chainInfo);
				break;
			case "accepted":
				if(options.onAccepted) options.onAccepted(effect);
				appliedUpdate[updatedId] = factory;
				addAll(outdatedModules, effect.outdatedModules);
				for(var parentId in effect.outdatedDependencies) {
					if(__webpack_require__.o(effect.outdatedDependencies, parentId)) {
						addAll(outdatedDependencies[parentId] = outdatedDependencies[parentId] || [], effect.outdatedDependencies[parentId]);
					}
				}
				break;
			case "disposed":
				if(options.onDisposed) options.onDisposed(effect);
				addAll(outdatedModules, [effect.moduleId]);
				appliedUpdate[updatedId] = removedFactory;
				break;
			default:
				throw new Error("Unexception type " + effect.type);
		}
		if(abort) return { error: abort };
	}
	currentUpdate = undefined;

	// Outdated modules that accept themselves (or are entries) are required again after the update.
	var selfAccepted = [];
	for(var j = 0; j < outdatedModules.length; j++) {
		var outdatedId = outdatedModules[j];
		var outdatedModule = __webpack_require__.c[outdatedId];
		if(outdatedModule && (outdatedModule.hot._selfAccepted || outdatedModule.hot._main) && appliedUpdate[outdatedId] !== removedFactory && !outdatedModule.hot._selfInvalidated) {
			selfAccepted.push({ module: outdatedId, require: outdatedModule.hot._requireSelf, errorHandler: outdatedModule.hot._selfAccepted });
		}
	}

	return {
		dispose: function() {
			currentUpdateRemovedChunks.forEach(function(chunkId) { delete $INSTALLED_CHUNKS$[chunkId]; });
			currentUpdateRemovedChunks = undefined;
			var queue = outdatedModules.slice();
			while(queue.length > 0) {
				var moduleId = queue.pop();
				var module = __webpack_require__.c[moduleId];
				if(!module) continue;
				var data = {};
				var handlers = module.hot._disposeHandlers;
				for(var i = 0; i < handlers.length; i++) handlers[i].call(null, data);
				__webpack_require__.hmrD[moduleId] = data;
				module.hot.active = false;
				delete __webpack_require__.c[moduleId];
				delete outdatedDependencies[moduleId];
				for(i = 0; i < module.children.length; i++) {
					var child = __webpack_require__.c[module.children[i]];
					if(!child) continue;
					var at = child.parents.indexOf(moduleId);
					if(at >= 0) child.parents.splice(at, 1);
				}
			}
			for(var parentId in outdatedDependencies) {
				if(!__webpack_require__.o(outdatedDependencies, parentId)) continue;
				var parent = __webpack_require__.c[parentId];
				if(!parent) continue;
				var dependencies = outdatedDependencies[parentId];
				for(var k = 0; k < dependencies.length; k++) {
					var index = parent.children.indexOf(dependencies[k]);
					if(index >= 0) parent.children.splice(index, 1);
				}
			}
		},
		apply: function(reportError) {
			var acceptPromises = [];
			for(var updatedId in appliedUpdate) {
				if(__webpack_require__.o(appliedUpdate, updatedId)) __webpack_require__.m[updatedId] = appliedUpdate[updatedId];
			}
			for(var i = 0; i < currentUpdateRuntime.length; i++) currentUpdateRuntime[i](__webpack_require__);

			for(var parentId in outdatedDependencies) {
				if(!__webpack_require__.o(outdatedDependencies, parentId)) continue;
				var parent = __webpack_require__.c[parentId];
				if(!parent) continue;
				var dependencies = outdatedDependencies[parentId];
				var callbacks = [];
				var errorHandlers = [];
				var callbackDependencies = [];
				for(var j = 0; j < dependencies.length; j++) {
					var callback = parent.hot._acceptedDependencies[dependencies[j]];
					if(!callback || callbacks.indexOf(callback) !== -1) continue;
					callbacks.push(callback);
					errorHandlers.push(parent.hot._acceptedErrorHandlers[dependencies[j]]);
					callbackDependencies.push(dependencies[j]);
				}
				for(var k = 0; k < callbacks.length; k++) {
					var result;
					try {
						result = callbacks[k].call(null, dependencies);
					} catch(error) {
						if(typeof errorHandlers[k] === "function") {
							try {
								errorHandlers[k](error, { moduleId: parentId, dependencyId: callbackDependencies[k] });
							} catch(handlerError) {
								if(options.onErrored) options.onErrored({ type: "accept-error-handler-errored", moduleId: parentId, dependencyId: callbackDependencies[k], error: handlerError, originalError: error });
								if(!options.ignoreErrored) {
									reportError(handlerError);
									reportError(error);
								}
							}
						} else {
							if(options.onErrored) options.onErrored({ type: "accept-errored", moduleId: parentId, dependencyId: callbackDependencies[k], error: error });
							if(!options.ignoreErrored) reportError(error);
						}
					}
					if(result && typeof result.then === "function") acceptPromises.push(result);
				}
			}

			return Promise.all(acceptPromises).then(function() {
				for(var o = 0; o < selfAccepted.length; o++) {
					var item = selfAccepted[o];
					try {
						item.require(item.module);
					} catch(error) {
						if(typeof item.errorHandler === "function") {
							try {
								item.errorHandler(error, { moduleId: item.module, module: __webpack_require__.c[item.module] });
							} catch(handlerError) {
								if(options.onErrored) options.onErrored({ type: "self-accept-error-handler-errored", moduleId: item.module, error: handlerError, originalError: error });
								if(!options.ignoreErrored) {
									reportError(handlerError);
									reportError(error);
								}
							}
						} else {
							if(options.onErrored) options.onErrored({ type: "self-accept-errored", moduleId: item.module, error: error });
							if(!options.ignoreErrored) reportError(error);
						}
					}
				}
			}).then(function() { return outdatedModules; });
		}
	};
}

__webpack_require__.hmrI.$KEY$ = function(moduleId, applyHandlers) {
	if(!currentUpdate) {
		currentUpdate = {};
		currentUpdateRuntime = [];
		currentUpdateRemovedChunks = [];
		applyHandlers.push(applyHandler);
	}
	if(!__webpack_require__.o(currentUpdate, moduleId)) currentUpdate[moduleId] = __webpack_require__.m[moduleId];
};

__webpack_require__.hmrC.$KEY$ = function(chunkIds, removedChunks, removedModules, promises, applyHandlers, updatedModulesList, css, forceLoadChunks) {
	applyHandlers.push(applyHandler);
	currentUpdateChunks = {};
	currentUpdateRemovedChunks = removedChunks;
	currentUpdate = removedModules.reduce(function(update, moduleId) {
		update[moduleId] = false;
		return update;
	}, {});
	currentUpdateRuntime = [];
	chunkIds.forEach(function(chunkId) {
		if(__webpack_require__.o($INSTALLED_CHUNKS$, chunkId) && $INSTALLED_CHUNKS$[chunkId] !== undefined) {
			promises.push(loadUpdateChunk(chunkId, updatedModulesList));
			currentUpdateChunks[chunkId] = true;
		} else {
			currentUpdateChunks[chunkId] = false;
		}
	});
	if(__webpack_require__.f) {
		// A chunk loaded while the update is pending gets its update too.
		__webpack_require__.f.$KEY$Hmr = function(chunkId, promises) {
			if(currentUpdateChunks && __webpack_require__.o(currentUpdateChunks, chunkId) && !currentUpdateChunks[chunkId]) {
				promises.push(loadUpdateChunk(chunkId));
				currentUpdateChunks[chunkId] = true;
			}
		};
		if(forceLoadChunks) {
			forceLoadChunks.forEach(function(chunkId) {
				Object.keys(__webpack_require__.f).forEach(function(key) { __webpack_require__.f[key](chunkId, promises); });
			});
		}
	}
};
