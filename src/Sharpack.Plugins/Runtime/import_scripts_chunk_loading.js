// no baseURI

// object to store loaded chunks
// "1" means "already loaded"
var installedChunks = $HMR_STATE${
$INSTALLED_CHUNKS$
};

// importScripts chunk loading
var installChunk = (data) => {
	var [chunkIds, moreModules, runtime] = data;
	for(var moduleId in moreModules) {
		if(__webpack_require__.o(moreModules, moduleId)) {
			__webpack_require__.m[moduleId] = moreModules[moduleId];
		}
	}
	if(runtime) runtime(__webpack_require__);
	while(chunkIds.length)
		installedChunks[chunkIds.pop()] = 1;
	parentChunkLoadingFunction(data);
};
//@@ENSURE
__webpack_require__.f.i = (chunkId, promises) => {
	// "1" is the signal for "already loaded"
	if(!installedChunks[chunkId]) {
		if($HAS_JS_MATCHER$) {
			importScripts(__webpack_require__.p + __webpack_require__.u(chunkId));
		}
	}
};
//@@END

var chunkLoadingGlobal = $CHUNK_LOADING_GLOBAL$ = $CHUNK_LOADING_GLOBAL$ || [];
var parentChunkLoadingFunction = chunkLoadingGlobal.push.bind(chunkLoadingGlobal);
chunkLoadingGlobal.push = installChunk;
//@@HMR

function loadUpdateChunk(chunkId, updatedModulesList) {
	var success = false;
	$HOT_UPDATE_GLOBAL$ = (_, moreModules, runtime) => {
		for(var moduleId in moreModules) {
			if(__webpack_require__.o(moreModules, moduleId)) {
				currentUpdate[moduleId] = moreModules[moduleId];
				if(updatedModulesList) updatedModulesList.push(moduleId);
			}
		}
		if(runtime) currentUpdateRuntime.push(runtime);
		success = true;
	};
	// start update chunk loading
	importScripts(__webpack_require__.p + __webpack_require__.hu(chunkId));
	if(!success) throw new Error("Loading update chunk failed for unknown reason");
}

$JAVASCRIPT_HMR$
//@@END
//@@HMRMANIFEST

$FETCH_MANIFEST$
//@@END
