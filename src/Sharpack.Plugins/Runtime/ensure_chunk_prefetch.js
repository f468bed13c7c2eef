__webpack_require__.F = {};
__webpack_require__.E = (chunkId) => {
	Object.keys(__webpack_require__.F).map((key) => {
		__webpack_require__.F[key](chunkId);
	});
}
