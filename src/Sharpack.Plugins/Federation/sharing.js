__webpack_require__.S = {};
$CONST$ initPromises = {};
$CONST$ initTokens = {};
__webpack_require__.I = (name, initScope) => {
	if(!initScope) initScope = [];
	// a container initializing a scope that is being initialized (circular remotes) stops here
	$LET$ initToken = initTokens[name];
	if(!initToken) initToken = initTokens[name] = {};
	if(initScope.indexOf(initToken) >= 0) return;
	initScope.push(initToken);
	// each scope is initialized once
	if(initPromises[name]) return initPromises[name];
	if(!__webpack_require__.o(__webpack_require__.S, name)) __webpack_require__.S[name] = {};
	// registers this build's shared modules and initializes the remote containers it reaches
	$CONST$ scope = __webpack_require__.S[name];
	$CONST$ warn = $WARN$;
	$CONST$ uniqueName = $UNIQUE_NAME$;
	$CONST$ register = (name, version, factory, eager) => {
		$CONST$ versions = scope[name] = scope[name] || {};
		$CONST$ activeVersion = versions[version];
		if(!activeVersion || (!activeVersion.loaded && (!eager != !activeVersion.eager ? eager : uniqueName > activeVersion.from))) versions[version] = { get: factory, from: uniqueName, eager: !!eager };
	};
	$CONST$ initExternal = (id) => {
		$CONST$ handleError = (err) => (warn("Initialization of sharing external failed: " + err));
		try {
			$CONST$ module = __webpack_require__(id);
			if(!module) return;
			$CONST$ initFn = (module) => (module && module.init && module.init(__webpack_require__.S[name], initScope))
			if(module.then) return promises.push(module.then(initFn, handleError));
			$CONST$ initResult = initFn(module);
			if(initResult && typeof initResult.then === "function") return promises.push(initResult['catch'](handleError));
		} catch(err) { handleError(err); }
	}
	$CONST$ promises = [];
	switch(name) {
$SCOPES$
	}
	if(!promises.length) return initPromises[name] = 1;
	return initPromises[name] = Promise.all(promises).then(() => (initPromises[name] = 1));
};
