$CONST$ chunkMapping = $CHUNK_MAPPING$;
$CONST$ idToExternalAndNameMapping = $ID_MAPPING$;
__webpack_require__.f.remotes = (chunkId, promises) => {
	if(__webpack_require__.o(chunkMapping, chunkId)) {
		chunkMapping[chunkId].forEach((id) => {
			$LET$ getScope = __webpack_require__.R;
			if(!getScope) getScope = [];
			$CONST$ data = idToExternalAndNameMapping[id];
			// a remote requested while its own container's get runs (circular) is not loaded again
			if(getScope.indexOf(data) >= 0) return;
			getScope.push(data);
			if(data.p) return promises.push(data.p);
			$CONST$ onError = (error) => {
				if(!error) error = new Error("Container missing");
				if(typeof error.message === "string")
					error.message += '\nwhile loading "' + data[1] + '" from ' + data[2];
				__webpack_require__.m[id] = () => {
					throw error;
				}
				data.p = 0;
			};
			// runs one step (a function that may return a promise) and hands its result to the next
			$CONST$ handleFunction = (fn, arg1, arg2, d, next, first) => {
				try {
					$CONST$ promise = fn(arg1, arg2);
					if(promise && typeof promise.then === "function") {
						$CONST$ p = promise.then((result) => (next(result, d)), onError);
						if(first) promises.push(data.p = p); else return p;
					} else {
						return next(promise, d, first);
					}
				} catch(error) {
					onError(error);
				}
			}
			// the container's module, then its share scope initialized, then the exposed module's factory
			$CONST$ onExternal = (external, _, first) => (external ? handleFunction(__webpack_require__.I, data[0], 0, external, onInitialized, first) : onError());
			$CONST$ onInitialized = (_, external, first) => (handleFunction(external.get, data[1], getScope, 0, onFactory, first));
			$CONST$ onFactory = (factory) => {
				data.p = 1;
				__webpack_require__.m[id] = (module) => {
					module.exports = factory();
				}
			};
			handleFunction(__webpack_require__, data[2], 0, 0, onExternal, 1);
		});
	}
}
