__webpack_require__.X = (result, chunkIds, fn) => {
	// arguments: chunkIds, moduleId are deprecated
	$CONST$ moduleId = chunkIds;
	if(!fn) chunkIds = result, fn = () => (__webpack_require__($ENTRY_MODULE_ID$moduleId));
	chunkIds.map(__webpack_require__.e, __webpack_require__)
	$CONST$ r = fn();
	return r === undefined ? result : r;
};
