// define getter/value functions for harmony exports
__webpack_require__.d = (exports, definition) => {
	if(Array.isArray(definition)) {
		var i = 0;
		while(i < definition.length) {
			var key = definition[i++];
			var binding = definition[i++];
			if(!__webpack_require__.o(exports, key)) {
				if(binding === 0) {
					Object.defineProperty(exports, key, { enumerable: true, value: definition[i++] });
				} else {
					Object.defineProperty(exports, key, { enumerable: true, get: binding });
				}
			} else if(binding === 0) { i++; }
		}
	} else {
		for(var key in definition) {
			if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
			}
		}
	}
};
