var dataWebpackPrefix = $DATA_WEBPACK_PREFIX$;

function getDataWebpackId(identifier) {
	return dataWebpackPrefix + identifier;
}

function findStyleElement(identifier) {
	var elements = document.getElementsByTagName('style');
	for (var i = 0; i < elements.length; i++) {
		var el = elements[i];
		if (el.getAttribute('data-webpack') === getDataWebpackId(identifier)) {
			return el;
		}
	}
	return null;
}

function insertStyleElement(key) {
	var style = document.createElement('style');

	if (__webpack_require__.nc) {
		style.setAttribute("nonce", __webpack_require__.nc);
	}
	style.setAttribute("data-webpack", getDataWebpackId(key));

	document.head.appendChild(style);

	return style;
}

__webpack_require__.is = (identifier, css) => {
$NO_DOCUMENT$	var element = findStyleElement(identifier) || insertStyleElement(identifier);
	element.textContent = css;
};
