__webpack_require__.H = {};
__webpack_require__.G = (chunkId) => {
	Object.keys(__webpack_require__.H).map((key) => {
		__webpack_require__.H[key](chunkId);
	});
}
