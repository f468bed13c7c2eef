// Async modules (top-level await): module.exports becomes a promise of the exports; importers
// wait for the async modules they import through queues, so a cycle of async modules still
// settles and a module that awaits nothing itself resolves in the same tick as its dependencies.
var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
//@@PLAIN
var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
//@@DEFER
var webpackExports = __webpack_require__.aE = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
//@@END
var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
//@@DEFER
var webpackDone = __webpack_require__.aD = typeof Symbol === "function" ? Symbol("webpack done") : "__webpack_done__";
var webpackDefer = __webpack_require__.zS = typeof Symbol === "function" ? Symbol("webpack defer") : "__webpack_defer__";
// The async modules a deferred module's graph reaches: a thenable that evaluates them while any is not done yet.
__webpack_require__.zT = (asyncDeps) => {
	var hasUnresolvedAsyncSubgraph = asyncDeps.some((id) => {
		var cache = __webpack_module_cache__[id];
		return !cache || cache[webpackDone] === false;
	});
	if (hasUnresolvedAsyncSubgraph) {
		return ({ then(onFulfilled, onRejected) { return Promise.all(asyncDeps.map(__webpack_require__)).then(onFulfilled, onRejected) } })
	}
}
//@@END
var resolveQueue = (queue) => {
	if(queue && queue.d < 1) {
		queue.d = 1;
		queue.forEach((fn) => (fn.r--));
		queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
	}
}
var wrapDeps = (deps) => (deps.map((dep) => {
	if(dep !== null && typeof dep === "object") {
//@@DEFER
		if(!dep[webpackQueues] && dep[webpackDefer]) {
			var asyncDeps = __webpack_require__.zT(dep[webpackDefer]);
			if (asyncDeps) {
				var d = dep;
				dep = {
					then(onFulfilled, onRejected) {
						asyncDeps.then(() => (onFulfilled(d)), onRejected);
					}
				};
			} else return dep;
		}
//@@END
		if(dep[webpackQueues]) return dep;
		if(dep.then) {
			var queue = [];
			queue.d = 0;
			dep.then((r) => {
				obj[webpackExports] = r;
				resolveQueue(queue);
			}, (e) => {
				obj[webpackError] = e;
				resolveQueue(queue);
			});
			var obj = {};
//@@DEFER
			obj[webpackDefer] = false;
//@@END
			obj[webpackQueues] = (fn) => (fn(queue));
			return obj;
		}
	}
	var ret = {};
	ret[webpackQueues] = (x) => {};
	ret[webpackExports] = dep;
	return ret;
}));
__webpack_require__.a = (module, body, hasAwait) => {
	var queue;
	hasAwait && ((queue = []).d = -1);
	var depQueues = new Set();
	var exports = module.exports;
	var currentDeps;
	var outerResolve;
	var reject;
	var promise = new Promise((resolve, rej) => {
		reject = rej;
		outerResolve = resolve;
	});
	promise[webpackExports] = exports;
	promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {}));
	module.exports = promise;
//@@DEFER
	module.evaluatingAsync = true;
//@@END
	body((deps) => {
		currentDeps = wrapDeps(deps);
		var fn;
		var getResult = () => (currentDeps.map((d) => {
//@@DEFER
			if(d[webpackDefer]) return d;
//@@END
			if(d[webpackError]) throw d[webpackError];
			return d[webpackExports];
		}))
		var promise = new Promise((resolve) => {
			fn = () => (resolve(getResult));
			fn.r = 0;
			var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
//@@PLAIN
			currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
//@@DEFER
			currentDeps.map((dep) => (dep[webpackDefer]||dep[webpackQueues](fnQueue)));
//@@END
		});
		return fn.r ? promise : getResult();
//@@PLAIN
	}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
//@@DEFER
	}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue), promise[webpackDone] = true, module.evaluatingAsync = false));
//@@END
	queue && queue.d < 0 && (queue.d = 0);
};
