// no baseURI
$CHUNK_URLS$

// object to store loaded and loading chunks
// undefined = chunk not loaded, null = chunk preloaded/prefetched
// [resolve, Promise] = chunk loading, 0 = chunk loaded
var installedChunks = $HMR_STATE${
$INSTALLED_CHUNKS$
};

var installChunk = (data) => {
	var {__webpack_ids__, __webpack_modules__, __webpack_runtime__} = data;
	// add "modules" to the modules object,
	// then flag all "ids" as loaded and fire callback
	var moduleId, chunkId, i = 0;
	for(moduleId in __webpack_modules__) {
		if(__webpack_require__.o(__webpack_modules__, moduleId)) {
			__webpack_require__.m[moduleId] = __webpack_modules__[moduleId];
		}
	}
	if(__webpack_runtime__) __webpack_runtime__(__webpack_require__);
	for(;i < __webpack_ids__.length; i++) {
		chunkId = __webpack_ids__[i];
		if(__webpack_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
			installedChunks[chunkId][0]();
		}
		installedChunks[__webpack_ids__[i]] = 0;
	}
$INSTALL_ON_CHUNKS$
}

//@@ENSURE
__webpack_require__.f.j = (chunkId, promises) => {
		// import() chunk loading for javascript
		var installedChunkData = __webpack_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
		if(installedChunkData !== 0) { // 0 means "already installed".

			// a Promise means "currently loading".
			if(installedChunkData) {
				promises.push(installedChunkData[1]);
			} else {
				if($HAS_JS_MATCHER$) {
					// setup Promise in chunk cache
					var promise = $IMPORT_FUNCTION$($CHUNK_IMPORT_BASE$ + __webpack_require__.u(chunkId)).then(installChunk, (e) => {
						if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
						throw e;
					});
					var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
					promises.push(installedChunkData[1] = promise);
				} else installedChunks[chunkId] = 0;
			}
		}
};
//@@END
//@@PREFETCH
__webpack_require__.F.j = (chunkId) => {
$DOCUMENT_GUARD$
	if((!__webpack_require__.o(installedChunks, chunkId) || installedChunks[chunkId] === undefined) && $HAS_JS_MATCHER$) {
$URL_GUARD$
		installedChunks[chunkId] = null;
		var link = document.createElement('link');
		link.charset = 'utf-8';
$CROSS_ORIGIN_PREFETCH$
		if (__webpack_require__.nc) {
			link.setAttribute("nonce", __webpack_require__.nc);
		}
		link.rel = "prefetch";
		link.as = "script";
		link.href = $CHUNK_URL$;
$DEDUPE_PREFETCH$
		document.head.appendChild(link);
	}
};
//@@END
//@@PRELOAD
__webpack_require__.H.j = (chunkId) => {
$DOCUMENT_GUARD$
	if((!__webpack_require__.o(installedChunks, chunkId) || installedChunks[chunkId] === undefined) && $HAS_JS_MATCHER$) {
$URL_GUARD$
		installedChunks[chunkId] = null;
		var link = document.createElement('link');
		link.charset = 'utf-8';
		if (__webpack_require__.nc) {
			link.setAttribute("nonce", __webpack_require__.nc);
		}
		link.rel = "modulepreload";
		link.href = $CHUNK_URL$;
$CROSS_ORIGIN_PRELOAD$
		document.head.appendChild(link);
	}
};
//@@END
//@@ANALYZABLE
__webpack_require__.ei = (chunkId, importFn) => {
	var promises = [];
	var installedChunkData = __webpack_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
	if(installedChunkData !== 0) { // 0 means "already installed".
		// a Promise means "currently loading".
		if(installedChunkData) {
			promises.push(installedChunkData[1]);
		} else {
			var promise = importFn().then(installChunk, (e) => {
				if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
				throw e;
			});
			promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))]);
			promises.push((installedChunkData[1] = promise));
		}
	}
$OTHER_HANDLERS$
	return Promise.all(promises);
};
//@@END
//@@ONCHUNKS
__webpack_require__.O.j = (chunkId) => (installedChunks[chunkId] === 0);
//@@END
//@@EXTERNAL
__webpack_require__.C = installChunk;
//@@END
//@@HMR
function loadUpdateChunk(chunkId, updatedModulesList) {
	return new Promise((resolve, reject) => {
		// start update chunk loading
		var url = $CHUNK_IMPORT_BASE$ + __webpack_require__.hu(chunkId);
		$IMPORT_FUNCTION$(/* webpackIgnore: true */ url).then((obj) => {
			var updatedModules = obj.__webpack_modules__;
			var updatedRuntime = obj.__webpack_runtime__;
			if(updatedRuntime) currentUpdateRuntime.push(updatedRuntime);
			for(var moduleId in updatedModules) {
				if(__webpack_require__.o(updatedModules, moduleId)) {
					currentUpdate[moduleId] = updatedModules[moduleId];
					if(updatedModulesList) updatedModulesList.push(moduleId);
				}
			}
			resolve(obj);
		}).catch((error) => {
			var errorMsg = error.message || 'unknown reason';
			error.message = 'Loading hot update chunk ' + chunkId + ' failed.\n(' + errorMsg + ')';
			error.name = 'ChunkLoadError';
			reject(error);
		});
	});
}

$JAVASCRIPT_HMR$
//@@END
//@@HMRMANIFEST
__webpack_require__.hmrM = () => {
	return $IMPORT_FUNCTION$(/* webpackIgnore: true */ $CHUNK_IMPORT_BASE$ + __webpack_require__.hmrF()).then((obj) => (obj.default), (error) => {
		if(['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND', 'ENOENT'].includes(error.code)) return;
		throw error;
	});
};
//@@END
