// a version as an array: numbers and strings, a hole before the prerelease, [] before the build
var parseVersion = (str) => {
	var parts = (text) => (text.split(".").map((part) => (+part == part ? +part : part)));
	var match = /^([^-+]+)?(?:-([^+]+))?(?:\+(.+))?$/.exec(str);
	var version = match[1] ? parts(match[1]) : [];
	if (match[2]) {
		version.length++;
		version.push.apply(version, parts(match[2]));
	}
	if (match[3]) {
		version.push([]);
		version.push.apply(version, parts(match[3]));
	}
	return version;
}
var versionLt = (a, b) => {
	a = parseVersion(a);
	b = parseVersion(b);
	for (var i = 0; ; i++) {
		// an ended version is lower than a longer one, unless that one continues with a prerelease
		if (i >= a.length) return i < b.length && (typeof b[i])[0] != "u";
		var left = a[i], leftType = (typeof left)[0];
		if (i >= b.length) return leftType == "u";
		var right = b[i], rightType = (typeof right)[0];
		if (leftType != rightType) return (leftType == "o" && rightType == "n") || rightType == "s" || leftType == "u";
		if (leftType != "o" && leftType != "u" && left != right) return left < right;
	}
}
var rangeToString = (range) => {
	if (range.length === 1) return "*";
	var fixed = range[0];
	if (typeof fixed === "number") {
		var text = fixed == 0 ? ">=" : fixed == -1 ? "<" : fixed == 1 ? "^" : fixed == 2 ? "~" : fixed > 0 ? "=" : "!=";
		for (var i = 1, dot = false; i < range.length; i++) {
			if (range[i] === undefined) {
				text += "-";
				dot = false;
			} else {
				text += (dot ? "." : "") + range[i];
				dot = true;
			}
		}
		return text;
	}
	var stack = [];
	var pop = () => (stack.pop().replace(/^\((.+)\)$/, "$1"));
	for (var i = 1; i < range.length; i++) {
		var item = range[i];
		if (item === 0) stack.push("not(" + pop() + ")");
		else if (item === 1) stack.push("(" + pop() + " || " + pop() + ")");
		else if (item === 2) stack.push(stack.pop() + " " + stack.pop());
		else stack.push(rangeToString(item));
	}
	return pop();
}
var satisfy = (range, version) => {
	if (0 in range) {
		version = parseVersion(version);
		// the first `fixed` parts must be equal; a negated range (<, !=) is satisfied below the version
		var fixed = range[0], negated = fixed < 0;
		if (negated) fixed = -fixed - 1;
		for (var i = 0, j = 1, equal = true; ; i++, j++) {
			var rangeType = j < range.length ? (typeof range[j])[0] : "";
			var value, valueType;
			if (i >= version.length || (valueType = (typeof (value = version[i]))[0]) == "o") {
				// the version ended (or reached its build)
				if (!equal) return true;
				if (rangeType == "u") return j > fixed && !negated;
				return (rangeType == "") != negated;
			}
			if (valueType == "u") {
				// a prerelease only satisfies a range of the same prerelease
				if (!equal || rangeType != "u") return false;
			} else if (equal) {
				if (rangeType == valueType) {
					if (j <= fixed) {
						if (value != range[j]) return false;
					} else {
						if (negated ? value > range[j] : value < range[j]) return false;
						if (value != range[j]) equal = false;
					}
				} else if (rangeType != "s" && rangeType != "n") {
					// the range ended or reached its prerelease: the version is above it
					if (negated || j <= fixed) return false;
					equal = false;
					j--;
				} else if (j <= fixed || (valueType < rangeType) != negated) {
					return false;
				} else {
					equal = false;
				}
			} else if (rangeType != "s" && rangeType != "n") {
				equal = false;
				j--;
			}
		}
	}
	// a compound range: operands and operators (0 not, 1 or, 2 and) in postfix order
	var stack = [];
	for (var i = 1; i < range.length; i++) {
		var item = range[i];
		stack.push(item == 1 ? stack.pop() | stack.pop() : item == 2 ? stack.pop() & stack.pop() : item ? satisfy(item, version) : !stack.pop());
	}
	return !!stack.pop();
}
$CONST$ exists = (scope, key) => {
	return scope && __webpack_require__.o(scope, key);
}
$CONST$ get = (entry) => {
	entry.loaded = 1;
	return entry.get()
};
$CONST$ eagerOnly = (versions) => {
	return Object.keys(versions).reduce((filtered, version) => {
		if (versions[version].eager) filtered[version] = versions[version];
		return filtered;
	}, {});
};
$CONST$ findLatestVersion = (scope, key, eager) => {
	$CONST$ versions = eager ? eagerOnly(scope[key]) : scope[key];
	var key = Object.keys(versions).reduce((a, b) => {
		return !a || versionLt(a, b) ? b : a;
	}, 0);
	return key && versions[key];
};
$CONST$ findSatisfyingVersion = (scope, key, requiredVersion, eager) => {
	$CONST$ versions = eager ? eagerOnly(scope[key]) : scope[key];
	var key = Object.keys(versions).reduce((a, b) => {
		if (!satisfy(requiredVersion, b)) return a;
		return !a || versionLt(a, b) ? b : a;
	}, 0);
	return key && versions[key]
};
$CONST$ findSingletonVersionKey = (scope, key, eager) => {
	$CONST$ versions = eager ? eagerOnly(scope[key]) : scope[key];
	// a loaded version stays the singleton even where a higher one is registered
	return Object.keys(versions).reduce((a, b) => {
		return !a || (!versions[a].loaded && versionLt(a, b)) ? b : a;
	}, 0);
};
$CONST$ getInvalidSingletonVersionMessage = (scope, key, version, requiredVersion) => {
	return "Unsatisfied version " + version + " from " + (version && scope[key][version].from) + " of shared singleton module " + key + " (required " + rangeToString(requiredVersion) + ")"
};
$CONST$ getInvalidVersionMessage = (scope, scopeName, key, requiredVersion, eager) => {
	$CONST$ versions = scope[key];
	return "No satisfying version (" + rangeToString(requiredVersion) + ")" + (eager ? " for eager consumption" : "") + " of shared module " + key + " found in shared scope " + scopeName + ".\n" +
		"Available versions: " + Object.keys(versions).map((key) => {
		return key + " from " + versions[key].from;
	}).join(", ");
};
$CONST$ fail = (msg) => {
	throw new Error(msg);
}
$CONST$ failAsNotExist = (scopeName, key) => {
	return fail("Shared module " + key + " doesn't exist in shared scope " + scopeName);
}
$CONST$ warn = /*#__PURE__*/ $WARN$;
$CONST$ init = (fn) => (function(scopeName, key, eager, c, d) {
	$CONST$ promise = __webpack_require__.I(scopeName);
	if (promise && typeof promise.then === "function" && !eager) {
		return promise.then(fn.bind(fn, scopeName, __webpack_require__.S[scopeName], key, false, c, d));
	}
	return fn(scopeName, __webpack_require__.S[scopeName], key, eager, c, d);
});

$CONST$ useFallback = (scopeName, key, fallback) => {
	return fallback ? fallback() : failAsNotExist(scopeName, key);
}
$CONST$ load = /*#__PURE__*/ init((scopeName, scope, key, eager, fallback) => {
	if (!exists(scope, key)) return useFallback(scopeName, key, fallback);
	return get(findLatestVersion(scope, key, eager));
});
$CONST$ loadVersion = /*#__PURE__*/ init((scopeName, scope, key, eager, requiredVersion, fallback) => {
	if (!exists(scope, key)) return useFallback(scopeName, key, fallback);
	$CONST$ satisfyingVersion = findSatisfyingVersion(scope, key, requiredVersion, eager);
	if (satisfyingVersion) return get(satisfyingVersion);
	warn(getInvalidVersionMessage(scope, scopeName, key, requiredVersion, eager))
	return get(findLatestVersion(scope, key, eager));
});
$CONST$ loadStrictVersion = /*#__PURE__*/ init((scopeName, scope, key, eager, requiredVersion, fallback) => {
	if (!exists(scope, key)) return useFallback(scopeName, key, fallback);
	$CONST$ satisfyingVersion = findSatisfyingVersion(scope, key, requiredVersion, eager);
	if (satisfyingVersion) return get(satisfyingVersion);
	if (fallback) return fallback();
	fail(getInvalidVersionMessage(scope, scopeName, key, requiredVersion, eager));
});
$CONST$ loadSingleton = /*#__PURE__*/ init((scopeName, scope, key, eager, fallback) => {
	if (!exists(scope, key)) return useFallback(scopeName, key, fallback);
	$CONST$ version = findSingletonVersionKey(scope, key, eager);
	return get(scope[key][version]);
});
$CONST$ loadSingletonVersion = /*#__PURE__*/ init((scopeName, scope, key, eager, requiredVersion, fallback) => {
	if (!exists(scope, key)) return useFallback(scopeName, key, fallback);
	$CONST$ version = findSingletonVersionKey(scope, key, eager);
	if (!satisfy(requiredVersion, version)) {
		warn(getInvalidSingletonVersionMessage(scope, key, version, requiredVersion));
	}
	return get(scope[key][version]);
});
$CONST$ loadStrictSingletonVersion = /*#__PURE__*/ init((scopeName, scope, key, eager, requiredVersion, fallback) => {
	if (!exists(scope, key)) return useFallback(scopeName, key, fallback);
	$CONST$ version = findSingletonVersionKey(scope, key, eager);
	if (!satisfy(requiredVersion, version)) {
		fail(getInvalidSingletonVersionMessage(scope, key, version, requiredVersion));
	}
	return get(scope[key][version]);
});
$CONST$ installedModules = {};
$CONST$ moduleToHandlerMapping = {
$HANDLERS$
};
//@@INITIAL
$CONST$ initialConsumes = $INITIAL_CONSUMES$;
initialConsumes.forEach((id) => {
	__webpack_require__.m[id] = (module) => {
		// used synchronously: the shared module must be there already (eager)
		installedModules[id] = 0;
		delete __webpack_require__.c[id];
		$CONST$ factory = moduleToHandlerMapping[id]();
		if(typeof factory !== "function") throw new Error("Shared module is not available for eager consumption: " + id);
		module.exports = factory();
	}
});
//@@ELSE
// no consumes in initial chunks
//@@END
//@@CHUNK_LOADING
$CONST$ chunkMapping = $CHUNK_MAPPING$;
$CONST$ startedInstallModules = {};
__webpack_require__.f.consumes = (chunkId, promises) => {
	if(__webpack_require__.o(chunkMapping, chunkId)) {
		chunkMapping[chunkId].forEach((id) => {
			if(__webpack_require__.o(installedModules, id)) return promises.push(installedModules[id]);
			if(!startedInstallModules[id]) {
			$CONST$ onFactory = (factory) => {
				installedModules[id] = 0;
				__webpack_require__.m[id] = (module) => {
					delete __webpack_require__.c[id];
					module.exports = factory();
				}
			};
			startedInstallModules[id] = true;
			$CONST$ onError = (error) => {
				delete installedModules[id];
				__webpack_require__.m[id] = (module) => {
					delete __webpack_require__.c[id];
					throw error;
				}
			};
			try {
				$CONST$ promise = moduleToHandlerMapping[id]();
				if(promise.then) {
					promises.push(installedModules[id] = promise.then(onFactory)['catch'](onError));
				} else onFactory(promise);
			} catch(e) { onError(e); }
			}
		});
	}
}
//@@ELSE
// no chunk loading of consumes
//@@END
