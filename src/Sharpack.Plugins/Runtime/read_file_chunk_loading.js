// no baseURI

// object to store loaded chunks
// "0" means "already loaded", Promise means loading
var installedChunks = {
$INSTALLED_CHUNKS$
};

//@@ONCHUNKS
__webpack_require__.O.readFileVm = (chunkId) => (installedChunks[chunkId] === 0);
//@@END
var installChunk = (chunk) => {
	var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
	for(var moduleId in moreModules) {
		if(__webpack_require__.o(moreModules, moduleId)) {
			__webpack_require__.m[moduleId] = moreModules[moduleId];
		}
	}
	if(runtime) runtime(__webpack_require__);
	for(var i = 0; i < chunkIds.length; i++) {
		if(installedChunks[chunkIds[i]]) {
			installedChunks[chunkIds[i]][0]();
		}
		installedChunks[chunkIds[i]] = 0;
	}
$INSTALL_ON_CHUNKS$
};

//@@ENSURE
// ReadFile + VM.run chunk loading for javascript
__webpack_require__.f.readFileVm = function(chunkId, promises) {

	var installedChunkData = installedChunks[chunkId];
	if(installedChunkData !== 0) { // 0 means "already installed".
		// array of [resolve, reject, promise] means "currently loading"
		if(installedChunkData) {
			promises.push(installedChunkData[2]);
		} else {
			if($HAS_JS_MATCHER$) {
				// load the chunk and return promise to it
				var promise = new Promise(function(resolve, reject) {
					installedChunkData = installedChunks[chunkId] = [resolve, reject];
					var filename = require('path').join(__dirname, $ROOT_OUTPUT_DIR$ + __webpack_require__.u(chunkId));
					require('fs').readFile(filename, 'utf-8', function(err, content) {
						if(err) return reject(err);
						var chunk = {};
						require('vm').runInThisContext('(function(exports, require, __dirname, __filename) {' + content + '\n})', filename)(chunk, require, require('path').dirname(filename), filename);
						installChunk(chunk);
					});
				});
				promises.push(installedChunkData[2] = promise);
			} else installedChunks[chunkId] = 0;
		}
	}
};
//@@END
//@@EXTERNAL
module.exports = __webpack_require__;
__webpack_require__.C = installChunk;
//@@END
