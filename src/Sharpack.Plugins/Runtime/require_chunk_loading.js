// no baseURI

// object to store loaded chunks
// "1" means "loaded", otherwise not loaded yet
var installedChunks = $HMR_STATE${
$INSTALLED_CHUNKS$
};

//@@ONCHUNKS
__webpack_require__.O.require = (chunkId) => (installedChunks[chunkId]);
//@@END
var installChunk = (chunk) => {
	var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
	for(var moduleId in moreModules) {
		if(__webpack_require__.o(moreModules, moduleId)) {
			__webpack_require__.m[moduleId] = moreModules[moduleId];
		}
	}
	if(runtime) runtime(__webpack_require__);
	for(var i = 0; i < chunkIds.length; i++)
		installedChunks[chunkIds[i]] = 1;
$INSTALL_ON_CHUNKS$
};

//@@ENSURE
// require() chunk loading for javascript
__webpack_require__.f.require = (chunkId, promises) => {
	// "1" is the signal for "already loaded"
	if(!installedChunks[chunkId]) {
		if($HAS_JS_MATCHER$) {
			installChunk(require($ROOT_OUTPUT_DIR$ + __webpack_require__.u(chunkId)));
		} else installedChunks[chunkId] = 1;
	}
};
//@@END
//@@HMR
function loadUpdateChunk(chunkId, updatedModulesList) {
	var update = require($ROOT_OUTPUT_DIR$ + __webpack_require__.hu(chunkId));
	var updatedModules = update.modules;
	var runtime = update.runtime;
	for(var moduleId in updatedModules) {
		if(__webpack_require__.o(updatedModules, moduleId)) {
			currentUpdate[moduleId] = updatedModules[moduleId];
			if(updatedModulesList) updatedModulesList.push(moduleId);
		}
	}
	if(runtime) currentUpdateRuntime.push(runtime);
}

$JAVASCRIPT_HMR$

//@@END
//@@HMRMANIFEST
__webpack_require__.hmrM = function() {
	return Promise.resolve().then(function() {
		return require($ROOT_OUTPUT_DIR$ + __webpack_require__.hmrF());
	})['catch'](function(err) { if(err.code !== 'MODULE_NOT_FOUND') throw err; });
}
//@@END
//@@EXTERNAL
module.exports = __webpack_require__;
__webpack_require__.C = installChunk;
//@@END
