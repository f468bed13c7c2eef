__webpack_require__.H = {};
//@@FANOUT
__webpack_require__.G = (chunkId) => {
	Object.keys(__webpack_require__.H).map((key) => {
		__webpack_require__.H[key](chunkId);
	});
}
//@@END
