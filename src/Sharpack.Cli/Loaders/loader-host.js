// Runs webpack loaders for sharpack, with the semantics of webpack's loader-runner (lib/LoaderRunner.js)
// and the loader context webpack's NormalModule gives them (lib/NormalModule.js, createLoaderContext).
// Sharpack's loader runner (src/Sharpack.Core/Make/LoaderRunner.cs) hands over whole runs of
// consecutive JavaScript loaders of a module's chain as steps (NodeLoaderHost.cs sends them):
//   {"id", "op": "pitch", "run", "start", "end", "module": {…}, "resource"?: {content, encoding?, sourceMap?} | "resourceError"?}
//     pitch loaders start..end-1; a pitch that returns something runs the normal phase from the
//     loader left of it down to `start`; when end is the chain's end and no pitch answered, the
//     resource (sent along) goes through the normal phase from end-1 down to start; otherwise the
//     answer is {"continue": true} and the run's state (each loader's `data`) stays for later;
//   {"id", "op": "normal", "run", "start", "end", "content", "encoding"?, "sourceMap"?, "meta"?}
//     the normal phase from end-1 down to start (a chain that mixes C# and JavaScript loaders);
//   {"op": "release", "run"}: forget a run.
// Answers: {"id", "content", "encoding"?, "sourceMap"?, "meta"?, "effects"} or {"id", "continue": true,
// "effects"} or {"id", "error": {message, details?, loader, noLoader?}, "effects"}. The effects are
// what the loaders reported meanwhile: dependencies, cacheable, warnings, errors, emitted files.
// A loader's this.resolve asks sharpack: {"call", "op": "resolve", "run", "context", "request",
// "options"?}, answered by {"reply", "result"} or {"reply", "error"}.
// This file is loaded into the configuration's node process (config-loader.js, so loader options
// may hold the configuration's own functions) or run alone (startLoaderHostProcess) when the
// configuration is JSON, holds no functions, or there is none.
"use strict";

const loaderHostPath = require("path");

function createLoaderHost(send, reviveFunction) {
	const fs = require("fs");
	const runs = new Map();
	const pendingCalls = new Map();
	let nextCall = 0;

	// What sharpack's JSON carries for JavaScript values JSON has not: RegExp, functions of the
	// configuration (handles into its function table), Infinity.
	function revive(value) {
		if (Array.isArray(value)) return value.map(revive);
		if (value === null || typeof value !== "object") return value;
		if (value.__regexp && typeof value.__regexp === "object") return new RegExp(value.__regexp.source, value.__regexp.flags);
		if (typeof value.$sharpackFunction === "number") return reviveFunction(value);
		if (typeof value.__number === "string" && Object.keys(value).length === 1) return Number(value.__number);
		const out = {};
		for (const key of Object.keys(value)) out[key] = revive(value[key]);
		return out;
	}

	// loader-runner's Buffer → string conversion: UTF-8 without a byte order mark.
	function bufferToString(buffer) {
		if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.toString("utf8", 3);
		return buffer.toString("utf8");
	}

	function escapeHash(text) {
		return text.includes("#") ? text.replace(/#/g, "\0#") : text;
	}

	// loader-runner's createLoaderObject, for one item of the chain as sharpack describes it.
	function createLoaderObject(item) {
		let query;
		const options = item.options === undefined ? undefined : revive(item.options);
		if (options === null || options === undefined) query = "";
		else if (typeof options === "string") query = `?${options}`;
		else if (item.ident) query = `??${item.ident}`;
		else if (typeof options === "object" && options.ident) query = `??${options.ident}`;
		else query = `?${JSON.stringify(options)}`;
		const loader = {
			path: item.path,
			query,
			fragment: "",
			options,
			ident: item.ident,
			type: item.type,
			normal: null,
			pitch: null,
			raw: null,
			data: null,
			pitchExecuted: false,
			normalExecuted: false,
			// Not webpack's: how messages name the loader, and whether sharpack runs it (a C# loader).
			name: item.name,
			foreign: item.csharp === true,
		};
		Object.defineProperty(loader, "request", {
			enumerable: true,
			get() {
				return escapeHash(loader.path) + escapeHash(loader.query) + loader.fragment;
			},
		});
		return loader;
	}

	// loader-runner's loadLoader: require() (an ES module by import() when its type says so). What
	// a file exports is kept by path: a build asks for the same few loaders for every module.
	const loadedModules = new Map();
	const shippedLoaders = new Map();
	function loadLoader(loader, callback) {
		if (loader.normal || loader.pitch || loader.foreign) return callback();
		const done = (loaded) => {
			loadedModules.set(loader.path, loaded);
			if (typeof loaded !== "function" && (loaded === null || typeof loaded !== "object")) {
				return callback(loadingError(`Module '${loader.path}' is not a loader (export function or es6 module)`));
			}
			loader.normal = typeof loaded === "function" ? loaded : loaded.default;
			loader.pitch = loaded.pitch;
			loader.raw = loaded.raw;
			if (typeof loader.normal !== "function" && typeof loader.pitch !== "function") {
				return callback(loadingError(`Module '${loader.path}' is not a loader (must have normal or pitch function)`));
			}
			callback();
		};
		if (loadedModules.has(loader.path)) return done(loadedModules.get(loader.path));
		if (loader.type === "module") {
			import(require("url").pathToFileURL(loader.path).href).then(done, callback);
			return;
		}
		let loaded;
		try {
			loaded = shippedLoaders.has(loader.path) ? compileShippedLoader(loader.path) : require(loader.path);
		} catch (err) {
			// node may run out of file descriptors for a moment: try again later, as loader-runner does.
			if (err instanceof Error && err.code === "EMFILE") return setImmediate(loadLoader, loader, callback);
			return callback(err);
		}
		done(loaded);
	}

	function compileShippedLoader(name) {
		const Module = require("module");
		const shipped = new Module(name, null);
		shipped.filename = name;
		shipped.paths = [];
		shipped._compile(shippedLoaders.get(name), name);
		return shipped.exports;
	}

	function loadingError(message) {
		const err = new Error(message);
		err.name = "LoaderLoadingError";
		return err;
	}

	// loader-runner's runSyncOrAsync: a loader answers by returning, by this.callback / this.async(),
	// or with a promise. The frame is named LOADER_EXECUTION: error stacks are cut there.
	function runSyncOrAsync(fn, context, args, callback) {
		let isSync = true;
		let isDone = false;
		let isError = false;
		let reportedError = false;
		const innerCallback = (context.callback = function innerCallback(...callbackArgs) {
			if (isDone) {
				if (reportedError) return;
				throw new Error("callback(): The callback was already called.");
			}
			isDone = true;
			isSync = false;
			try {
				callback(...callbackArgs);
			} catch (err) {
				isError = true;
				throw err;
			}
		});
		context.async = function async() {
			if (isDone) {
				if (reportedError) return;
				throw new Error("async(): The callback was already called.");
			}
			isSync = false;
			return innerCallback;
		};
		try {
			const result = (function LOADER_EXECUTION() {
				return fn.apply(context, args);
			})();
			if (isSync) {
				isDone = true;
				if (result === undefined) return callback();
				if (result && typeof result === "object" && typeof result.then === "function") {
					return result.then((value) => callback(null, value), callback);
				}
				return callback(null, result);
			}
		} catch (err) {
			if (isError) throw err;
			if (isDone) {
				// Already answered: the error can only be shown.
				process.stderr.write(`${(err && err.stack) || err}\n`);
				return;
			}
			isDone = true;
			reportedError = true;
			callback(err);
		}
	}

	function convertArgs(args, raw) {
		if (!raw && Buffer.isBuffer(args[0])) args[0] = bufferToString(args[0]);
		else if (raw && typeof args[0] === "string") args[0] = Buffer.from(args[0], "utf8");
	}

	function iterateNormalLoaders(run, stopAt, args, callback) {
		const context = run.context;
		while (context.loaderIndex >= stopAt) {
			const loader = run.loaders[context.loaderIndex];
			if (loader.normalExecuted) {
				context.loaderIndex--;
				continue;
			}
			const fn = loader.normal;
			loader.normalExecuted = true;
			if (!fn) continue;
			convertArgs(args, loader.raw);
			return runSyncOrAsync(fn, context, args, (err, ...nextArgs) => {
				if (err) return callback(err);
				iterateNormalLoaders(run, stopAt, nextArgs, callback);
			});
		}
		callback(null, args);
	}

	function iteratePitchingLoaders(run, stopAt, end, callback) {
		const context = run.context;
		while (context.loaderIndex < end) {
			const loader = run.loaders[context.loaderIndex];
			if (loader.pitchExecuted) {
				context.loaderIndex++;
				continue;
			}
			return loadLoader(loader, (err) => {
				if (err) {
					context.cacheable(false);
					return callback(err);
				}
				const fn = loader.pitch;
				loader.pitchExecuted = true;
				if (!fn) return iteratePitchingLoaders(run, stopAt, end, callback);
				runSyncOrAsync(fn, context, [context.remainingRequest, context.previousRequest, (loader.data = {})], (pitchErr, ...args) => {
					if (pitchErr) return callback(pitchErr);
					// Values, not presence, decide (loader-runner): callback(null, undefined) goes on.
					let answered = false;
					for (let i = 0; i < args.length; i++) {
						if (args[i] !== undefined) {
							answered = true;
							break;
						}
					}
					if (answered) {
						context.loaderIndex--;
						iterateNormalLoaders(run, stopAt, args, callback);
					} else {
						iteratePitchingLoaders(run, stopAt, end, callback);
					}
				});
			});
		}
		if (end < run.loaders.length) return callback(null, undefined, true);
		processResource(run, stopAt, callback);
	}

	function processResource(run, stopAt, callback) {
		const context = run.context;
		context.loaderIndex = run.loaders.length - 1;
		if (!context.resourcePath) return iterateNormalLoaders(run, stopAt, [null], callback);
		if (run.resourceError !== undefined) return callback(new Error(run.resourceError));
		context.addDependency(context.resourcePath);
		run.effects.resourceRead = true;
		const resource = run.resource;
		run.resource = undefined;
		// A rule's extractSourceMap: the map the resource named goes to the first loader with it.
		const sourceMap = resource && resource.sourceMap !== undefined ? parseMap(resource.sourceMap) : undefined;
		let content;
		if (resource === undefined || resource === null) content = Buffer.alloc(0);
		else if (resource.encoding === "base64") content = Buffer.from(resource.content, "base64");
		else {
			// Valid UTF-8 crosses as text: the first loader to run gets the text (without a byte order
			// mark, as from a Buffer) unless it is raw, which gets the bytes back.
			const first = firstNormalLoader(run, stopAt);
			content = first && first.raw ? Buffer.from(resource.content, "utf8") : resource.content.charCodeAt(0) === 0xfeff ? resource.content.slice(1) : resource.content;
		}
		iterateNormalLoaders(run, stopAt, sourceMap === undefined ? [content] : [content, sourceMap], callback);
	}

	function firstNormalLoader(run, stopAt) {
		for (let i = run.context.loaderIndex; i >= stopAt; i--) {
			const loader = run.loaders[i];
			if (!loader.normalExecuted && loader.normal) return loader;
		}
		return undefined;
	}

	function newEffects() {
		return {
			fileDependencies: [],
			contextDependencies: [],
			missingDependencies: [],
			buildDependencies: [],
			cacheable: true,
			warnings: [],
			errors: [],
			assets: [],
			parseMeta: undefined,
			resourceRead: false,
		};
	}

	// webpack's ErrorHelpers: a stack loses the frames from the loader runner up.
	function cutOffLoaderExecution(stack) {
		const lines = stack.split("\n");
		for (let i = 0; i < lines.length; i++) {
			if (lines[i].includes("LOADER_EXECUTION")) {
				lines.length = i;
				break;
			}
		}
		return lines.join("\n");
	}

	// What webpack's ModuleWarning and ModuleError show of a reported value.
	function reported(value) {
		if (!(value instanceof Error)) {
			const err = new Error(`(Emitted value instead of an instance of Error) ${value}`);
			err.name = "NonErrorEmittedError";
			value = err;
		}
		const message = value && typeof value === "object" && value.message ? value.message : String(value);
		const details = typeof value.stack === "string" ? cutOffLoaderExecution(value.stack) : undefined;
		return { message, details };
	}

	// webpack's ModuleBuildError, after its "from" line.
	function buildError(err) {
		if (err !== null && typeof err === "object") {
			if (typeof err.stack === "string" && err.stack) {
				const stack = cutOffLoaderExecution(err.stack);
				if (!err.hideStack) {
					const message = typeof err.message === "string" && err.message && !stack.includes(err.message) ? `${err.name ? `${err.name}: ` : ""}${err.message}` : stack;
					return { message };
				}
				return { message: typeof err.message === "string" && err.message ? err.message : String(err), details: stack };
			}
			if (typeof err.message === "string" && err.message) return { message: err.message };
		}
		return { message: String(err) };
	}

	// webpack's util/identifier absolutify and contextify, for this.utils.
	function relativePathToRequest(relative) {
		if (relative === "") return "./.";
		if (relative === "..") return "../.";
		if (relative.startsWith("../")) return relative;
		return `./${relative}`;
	}
	function absoluteToRequest(context, maybeAbsolute) {
		if (maybeAbsolute[0] === "/") {
			if (maybeAbsolute.length > 1 && maybeAbsolute[maybeAbsolute.length - 1] === "/") return maybeAbsolute;
			const queryAt = maybeAbsolute.indexOf("?");
			const resource = relativePathToRequest(loaderHostPath.posix.relative(context, queryAt === -1 ? maybeAbsolute : maybeAbsolute.slice(0, queryAt)));
			return queryAt === -1 ? resource : resource + maybeAbsolute.slice(queryAt);
		}
		if (/^[a-z]:[\\/]/i.test(maybeAbsolute)) {
			const queryAt = maybeAbsolute.indexOf("?");
			let resource = loaderHostPath.win32.relative(context, queryAt === -1 ? maybeAbsolute : maybeAbsolute.slice(0, queryAt));
			if (!/^[a-z]:[\\/]/i.test(resource)) resource = relativePathToRequest(resource.replace(/\\/g, "/"));
			return queryAt === -1 ? resource : resource + maybeAbsolute.slice(queryAt);
		}
		return maybeAbsolute;
	}
	function requestToAbsolute(context, relative) {
		if (relative.startsWith("./") || relative.startsWith("../")) return loaderHostPath.join(context, relative);
		return relative;
	}
	const utils = {
		contextify: (context, request) =>
			request
				.split("!")
				.map((part) => absoluteToRequest(context, part))
				.join("!"),
		absolutify: (context, request) =>
			request
				.split("!")
				.map((part) => requestToAbsolute(context, part))
				.join("!"),
	};

	function callSharpack(fields, callback) {
		const call = ++nextCall;
		pendingCalls.set(call, callback);
		send({ call, ...fields });
	}

	function resolveWith(run, options) {
		return (context, request, callback) => {
			const ask = (cb) =>
				callSharpack({ op: "resolve", run: run.id, context, request, options }, (answer) => {
					if (answer.error !== undefined) cb(new Error(answer.error));
					else cb(null, answer.result);
				});
			if (typeof callback === "function") return ask(callback);
			return new Promise((resolve, reject) => ask((err, result) => (err ? reject(err) : resolve(result))));
		};
	}

	function createLogger(name) {
		const write = (level) => (...args) => process.stderr.write(`<${level}> [${name}] ${args.map((a) => (typeof a === "string" ? a : require("util").inspect(a))).join(" ")}\n`);
		const quiet = () => {};
		return {
			error: write("e"),
			warn: write("w"),
			info: write("i"),
			log: write("i"),
			debug: quiet,
			trace: quiet,
			group: write("i"),
			groupCollapsed: write("i"),
			groupEnd: quiet,
			status: quiet,
			clear: quiet,
			profile: quiet,
			profileEnd: quiet,
			time: quiet,
			timeLog: quiet,
			timeEnd: quiet,
			timeAggregate: quiet,
			timeAggregateEnd: quiet,
			getChildLogger: (child) => createLogger(`${name}/${child}`),
		};
	}

	// webpack's executeModule run: a __webpack_require__ over the generated modules (ids are their
	// identifiers), the runtime modules first, then the entry; a module that throws stays cached
	// with what it exported so far, as without strictModuleExceptionHandling.
	function executeImported(answer) {
		const vm = require("vm");
		const byId = new Map();
		for (const m of answer.modules) byId.set(m.id, m);
		const moduleCache = {};
		const __webpack_require__ = (id) => {
			const cached = moduleCache[id];
			if (cached !== undefined) {
				if (cached.error) throw cached.error;
				return cached.exports;
			}
			const m = byId.get(id);
			if (m === undefined) {
				const err = new Error(`Cannot find module '${id}'`);
				err.code = "MODULE_NOT_FOUND";
				throw err;
			}
			const module = { id, exports: {}, loaded: false, error: undefined };
			moduleCache[id] = module;
			try {
				const fn = vm.runInThisContext(`(function(module, ${m.exportsArgument}, __webpack_require__) {\n${m.code}\n/**/})`, { filename: m.name, lineOffset: -1 });
				fn.call(module.exports, module, module.exports, __webpack_require__);
			} catch (err) {
				if (err && typeof err === "object" && !err.sharpackModule) err.sharpackModule = m.name;
				throw err;
			}
			module.loaded = true;
			return module.exports;
		};
		__webpack_require__.i = [];
		__webpack_require__.c = moduleCache;
		for (const runtimeModule of answer.runtime) {
			vm.runInThisContext(`(function(__webpack_require__) {\n${runtimeModule.code}\n/**/})`, { filename: runtimeModule.name, lineOffset: -1 }).call(null, __webpack_require__);
		}
		return __webpack_require__(answer.entry);
	}

	// webpack's loader context (NormalModule.createLoaderContext, LoaderTargetPlugin) with the
	// runner's fields (loader-runner's runLoaders) over it.
	function createRun(message) {
		const module = message.module;
		const run = {
			id: message.run,
			loaders: module.loaders.map(createLoaderObject),
			effects: newEffects(),
			resource: undefined,
			resourceError: undefined,
		};
		const loaders = run.loaders;
		const effects = () => run.effects;
		const currentLoader = () => loaders[context.loaderIndex];
		const nameOf = (loader) => (loader ? loader.name : "(not in loader scope)");
		const context = {
			version: 2,
			getOptions(schema) {
				let options = currentLoader().options;
				if (typeof options === "string") {
					if (options.startsWith("{") && options.endsWith("}")) {
						try {
							options = JSON.parse(options);
						} catch (err) {
							throw new Error(`Cannot parse string options: ${err.message}`, { cause: err });
						}
					} else {
						options = require("querystring").parse(options, "&", "=", { maxKeys: 0 });
					}
				}
				if (options === null || options === undefined) options = {};
				void schema; // sharpack does not validate loader options against their schema
				return options;
			},
			emitWarning(warning) {
				effects().warnings.push({ loader: context.loaderIndex, ...reported(warning) });
			},
			emitError(error) {
				effects().errors.push({ loader: context.loaderIndex, ...reported(error) });
			},
			getLogger(name) {
				const loader = currentLoader();
				return createLogger([loader && loader.path, name, module.identifier].filter(Boolean).join("|"));
			},
			resolve(resolveContext, request, callback) {
				return resolveWith(run, undefined)(resolveContext, request, callback);
			},
			getResolve(options) {
				return resolveWith(run, options);
			},
			emitFile(name, content, sourceMap, assetInfo) {
				const bytes = Buffer.isBuffer(content) ? content : Buffer.from(String(content), "utf8");
				const map = sourceMap === undefined || sourceMap === null ? undefined : typeof sourceMap === "string" ? sourceMap : JSON.stringify(sourceMap);
				effects().assets.push({ name, content: bytes.toString("base64"), sourceMap: map, info: assetInfo || undefined });
			},
			addBuildDependency(file) {
				effects().buildDependencies.push(file);
			},
			// Rspack's: text left for the module's parser and the plugins that read it (the CSS
			// extract loader's stylesheets).
			__internal__setParseMeta(key, value) {
				const current = effects();
				(current.parseMeta ||= {})[String(key)] = String(value);
			},
			// webpack's LoaderPlugin: sharpack builds the module (its own loaders applied, its
			// dependencies not followed) and answers its source, source map and files.
			loadModule(request, callback) {
				callSharpack({ op: "loadModule", run: run.id, context: context.context, request }, (answer) => {
					if (answer.error !== undefined) return callback(new Error(answer.error));
					for (const file of answer.fileDependencies || []) context.addDependency(file);
					for (const dir of answer.contextDependencies || []) context.addContextDependency(dir);
					for (const file of answer.missingDependencies || []) context.addMissingDependency(file);
					const source = answer.base64 !== undefined ? Buffer.from(answer.base64, "base64") : answer.source;
					let map = null;
					if (answer.sourceMap !== undefined) {
						try {
							map = JSON.parse(answer.sourceMap);
						} catch {
							map = null;
						}
					}
					const identifier = answer.identifier;
					const loaded = { resource: answer.resource, userRequest: request, identifier: () => identifier };
					callback(null, source, map, loaded);
				});
			},
			// webpack's LoaderPlugin + Compilation.executeModule: sharpack builds the module and all
			// it reaches and generates their code for a "build time" chunk; it runs here.
			importModule(request, options, callback) {
				if (typeof options === "function") {
					callback = options;
					options = undefined;
				}
				const opts = options || {};
				const promise = new Promise((resolve, reject) => {
					const fields = { op: "importModule", run: run.id, context: context.context, request };
					if (typeof opts.publicPath === "string") fields.publicPath = opts.publicPath;
					if (typeof opts.baseUri === "string") fields.baseUri = opts.baseUri;
					callSharpack(fields, (answer) => {
						if (answer.error !== undefined) return reject(new Error(answer.error));
						for (const file of answer.fileDependencies || []) context.addDependency(file);
						for (const dir of answer.contextDependencies || []) context.addContextDependency(dir);
						for (const file of answer.missingDependencies || []) context.addMissingDependency(file);
						let exports;
						try {
							exports = executeImported(answer);
						} catch (err) {
							const failed = new Error(`Execution of module code from module graph (${err && err.sharpackModule ? err.sharpackModule : request}) failed: ${err && err.message}`, { cause: err });
							if (err && err.stack) failed.stack = err.stack;
							return reject(failed);
						}
						resolve(exports);
					});
				});
				if (typeof callback === "function") {
					promise.then((exports) => callback(null, exports), (err) => callback(err));
					return undefined;
				}
				return promise;
			},
			utils: {
				...utils,
				createHash(type) {
					const algorithm = type || module.hashFunction || "md4";
					// webpack's own md4 and xxhash64 (node's OpenSSL 3 has no md4).
					if (algorithm === "md4" || algorithm === "native-md4") return createBufferedHash(md4Digest);
					if (algorithm === "xxhash64") return createBufferedHash(xxhash64Digest);
					try {
						return require("crypto").createHash(algorithm);
					} catch {
						throw new Error(`sharpack: this.utils.createHash('${algorithm}') is not available (node's crypto has no '${algorithm}').`);
					}
				},
			},
			rootContext: module.rootContext,
			webpack: true,
			sourceMap: module.sourceMap,
			mode: module.mode,
			hot: module.hot === true,
			target: module.target,
			hashFunction: module.hashFunction,
			hashDigest: module.hashDigest,
			hashDigestLength: module.hashDigestLength,
			hashSalt: module.hashSalt,
			_module: undefined,
			// The compilation's output options, which loaders read there when the context lacks them
			// (css-loader's localIdentHashSalt and friends); nothing else of it exists in this process.
			_compilation: {
				outputOptions: {
					publicPath: module.publicPath,
					hashFunction: module.hashFunction,
					hashDigest: module.hashDigest,
					hashDigestLength: module.hashDigestLength,
					hashSalt: module.hashSalt,
				},
				getPath: getAssetPath,
			},
			_compiler: undefined,
			fs,
		};
		// webpack: the configuration's `loader` values, under the runner's own fields.
		if (module.loaderValues) Object.assign(context, revive(module.loaderValues));
		// loader-runner's fields.
		context.context = module.context;
		context.loaderIndex = 0;
		context.loaders = loaders;
		context.resourcePath = module.resourcePath;
		context.resourceQuery = module.resourceQuery;
		context.resourceFragment = module.resourceFragment;
		context.async = null;
		context.callback = null;
		context.cacheable = (flag) => {
			if (flag === false) effects().cacheable = false;
		};
		context.dependency = context.addDependency = (file) => {
			effects().fileDependencies.push(file);
		};
		context.addContextDependency = (dir) => {
			effects().contextDependencies.push(dir);
		};
		context.addMissingDependency = (file) => {
			effects().missingDependencies.push(file);
		};
		context.getDependencies = () => effects().fileDependencies.slice();
		context.getContextDependencies = () => effects().contextDependencies.slice();
		context.getMissingDependencies = () => effects().missingDependencies.slice();
		context.clearDependencies = () => {
			const current = effects();
			current.fileDependencies.length = 0;
			current.contextDependencies.length = 0;
			current.missingDependencies.length = 0;
			current.cacheable = true;
		};
		const joinRequests = (start, end, resource) => {
			let result = "";
			for (let i = start; i < end; i++) result += `${loaders[i].request}!`;
			return result + resource;
		};
		Object.defineProperty(context, "resource", {
			enumerable: true,
			get() {
				return escapeHash(context.resourcePath) + escapeHash(context.resourceQuery) + context.resourceFragment;
			},
			set(value) {
				const [path, query, fragment] = splitResource(value || "");
				context.resourcePath = path;
				context.resourceQuery = query;
				context.resourceFragment = fragment;
			},
		});
		Object.defineProperty(context, "request", {
			enumerable: true,
			get: () => joinRequests(0, loaders.length, context.resource || ""),
		});
		Object.defineProperty(context, "remainingRequest", {
			enumerable: true,
			get: () => joinRequests(context.loaderIndex + 1, loaders.length, context.resource),
		});
		Object.defineProperty(context, "currentRequest", {
			enumerable: true,
			get: () => joinRequests(context.loaderIndex, loaders.length, context.resource),
		});
		Object.defineProperty(context, "previousRequest", {
			enumerable: true,
			get() {
				const end = context.loaderIndex;
				if (end === 0) return "";
				let result = loaders[0].request;
				for (let i = 1; i < end; i++) result += `!${loaders[i].request}`;
				return result;
			},
		});
		Object.defineProperty(context, "query", {
			enumerable: true,
			get() {
				const loader = loaders[context.loaderIndex];
				return loader.options && typeof loader.options === "object" ? loader.options : loader.query;
			},
		});
		Object.defineProperty(context, "data", {
			enumerable: true,
			get: () => loaders[context.loaderIndex].data,
		});
		Object.preventExtensions(context);
		run.context = context;
		run.nameOf = nameOf;
		return run;
	}

	function splitResource(resource) {
		const fragmentAt = resource.indexOf("#");
		const beforeFragment = fragmentAt < 0 ? resource : resource.slice(0, fragmentAt);
		const queryAt = beforeFragment.indexOf("?");
		return [
			queryAt < 0 ? beforeFragment : beforeFragment.slice(0, queryAt),
			queryAt < 0 ? "" : beforeFragment.slice(queryAt),
			fragmentAt < 0 ? "" : resource.slice(fragmentAt),
		];
	}

	// The run's state is needed later only while a JavaScript loader left of `start` pitched and
	// has not run its normal phase (a mixed chain whose C# loaders sit in between).
	function stillNeeded(run, start) {
		for (let i = 0; i < start; i++) {
			const loader = run.loaders[i];
			if (!loader.foreign && loader.pitchExecuted && !loader.normalExecuted) return true;
		}
		return false;
	}

	function answer(run, id, start, fields) {
		const effects = run.effects;
		run.effects = newEffects();
		const out = { id, ...fields, effects };
		if (fields.continue !== true && !stillNeeded(run, start)) runs.delete(run.id);
		send(out);
	}

	function content(run, start, args, id) {
		const [value, sourceMap, meta] = args;
		const fields = {};
		if (typeof value === "string") fields.content = value;
		else if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
			fields.content = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
			fields.encoding = "base64";
		} else if (start === 0) {
			// webpack (NormalModule.doBuild): the chain must end in a string or a Buffer.
			return answer(run, id, start, {
				error: { noLoader: true, message: `Error: Final loader (${run.nameOf(run.loaders[0])}) didn't return a Buffer or String` },
			});
		} else {
			return answer(run, id, start, {
				error: { loader: start, message: "Error: The loader answered no content (a string or a Buffer), which the C# loader left of it needs." },
			});
		}
		if (sourceMap !== undefined && sourceMap !== null) fields.sourceMap = typeof sourceMap === "string" ? sourceMap : JSON.stringify(sourceMap);
		// Metadata goes on only to a C# loader, and only what JSON carries (not a parsed tree's cycles).
		if (start > 0 && meta !== undefined && meta !== null) {
			try {
				fields.meta = JSON.parse(JSON.stringify(meta));
			} catch {
				// Left out: it cannot cross.
			}
		}
		answer(run, id, start, fields);
	}

	function finish(run, id, start) {
		return (err, args, goOn) => {
			if (err) {
				const failure = buildError(err);
				answer(run, id, start, { error: { loader: run.context.loaderIndex < 0 ? 0 : run.context.loaderIndex, ...failure } });
				runs.delete(run.id);
				return;
			}
			if (goOn) return answer(run, id, start, { continue: true });
			content(run, start, args, id);
		};
	}

	function step(message) {
		// A loader sharpack ships (its source, by the name rules give it), sent once before it runs.
		if (message.op === "define") {
			shippedLoaders.set(message.name, message.source);
			return;
		}
		if (message.op === "release") {
			runs.delete(message.run);
			return;
		}
		let run = runs.get(message.run);
		if (message.op === "pitch") {
			if (run === undefined) {
				run = createRun(message);
				runs.set(run.id, run);
			}
			run.resource = message.resource;
			run.resourceError = message.resourceError;
			run.context.loaderIndex = message.start;
			try {
				iteratePitchingLoaders(run, message.start, message.end, finish(run, message.id, message.start));
			} catch (err) {
				finish(run, message.id, message.start)(err);
			}
			return;
		}
		if (message.op === "normal") {
			if (run === undefined) {
				send({ id: message.id, error: { loader: message.end - 1, message: "Error: sharpack: the loader host lost this module's run" }, effects: newEffects() });
				return;
			}
			run.context.loaderIndex = message.end - 1;
			let value = message.content;
			if (message.encoding === "base64") value = Buffer.from(value, "base64");
			const args = [value, message.sourceMap === undefined ? undefined : parseMap(message.sourceMap), message.meta];
			try {
				iterateNormalLoaders(run, message.start, args, finish(run, message.id, message.start));
			} catch (err) {
				finish(run, message.id, message.start)(err);
			}
			return;
		}
		send({ id: message.id, error: { noLoader: true, message: `Error: sharpack: unknown loader host request '${message.op}'` }, effects: newEffects() });
	}

	function parseMap(text) {
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	}

	return {
		// A message for the loader host: a step, or a reply to one of its calls.
		handle(message) {
			if (message.reply !== undefined) {
				const callback = pendingCalls.get(message.reply);
				pendingCalls.delete(message.reply);
				if (callback) callback(message);
				return;
			}
			step(message);
		},
	};
}

// Splits stdin into JSON lines, without rescanning a long line's earlier chunks.
// webpack's compilation.getPath (TemplatedPathPlugin) for what loaders pass it (css-loader's local
// names): a filename's [file], [path], [name], [base], [ext], [query], [fragment], the data's or its
// chunk's [contenthash], [hash], [fullhash], [chunkhash] and [id], each hash cut by `:length`;
// `[\\x\\]` is the text `[x]`.
function getAssetPath(template, data = {}) {
	if (typeof template === "function") template = template(data, {});
	const values = {};
	if (typeof data.filename === "string") {
		const hashAt = data.filename.search(/[?#]/);
		const file = hashAt < 0 ? data.filename : data.filename.slice(0, hashAt);
		const rest = hashAt < 0 ? "" : data.filename.slice(hashAt);
		const queryEnd = rest.indexOf("#");
		const base = loaderHostPath.basename(file);
		const ext = loaderHostPath.extname(file);
		Object.assign(values, {
			file: data.filename,
			path: file.slice(0, file.length - base.length),
			base,
			name: base.slice(0, base.length - ext.length),
			ext,
			query: rest.startsWith("?") ? (queryEnd < 0 ? rest : rest.slice(0, queryEnd)) : "",
			fragment: queryEnd >= 0 ? rest.slice(queryEnd) : rest.startsWith("#") ? rest : "",
		});
	}
	const chunk = data.chunk || {};
	if (chunk.name !== undefined || chunk.id !== undefined) values.name = chunk.name || chunk.id;
	if (chunk.id !== undefined || data.id !== undefined) values.id = chunk.id !== undefined ? chunk.id : data.id;
	const contentHash = data.contentHash || (typeof chunk.contentHash === "string" ? chunk.contentHash : undefined);
	if (contentHash !== undefined) values.contenthash = contentHash;
	if (chunk.hash !== undefined) values.chunkhash = chunk.hash;
	const fullHash = data.hash !== undefined ? data.hash : chunk.hash;
	if (fullHash !== undefined) values.hash = values.fullhash = fullHash;
	return String(template).replace(/\[(\\*)([\w:]+)(\\*)\]/g, (match, escapeStart, content, escapeEnd) => {
		if (escapeStart.length > 0 || escapeEnd.length > 0) return `[${content}]`;
		const [kind, argument] = content.split(":");
		const value = values[kind];
		if (value === undefined) return match;
		const length = argument !== undefined ? Number.parseInt(argument, 10) : NaN;
		return /hash$/.test(kind) && !Number.isNaN(length) ? String(value).slice(0, length) : String(value);
	});
}

// A hash with node's Hash interface (update(data, encoding), digest(encoding)) over a digest
// function of the whole input: the input of a loader's hash is small (names, a file).
function createBufferedHash(digestOf) {
	const chunks = [];
	const hash = {
		update(data, encoding) {
			chunks.push(typeof data === "string" ? Buffer.from(data, encoding || "utf8") : Buffer.from(data.buffer ? data : data, data.byteOffset, data.byteLength));
			return hash;
		},
		digest(encoding) {
			const bytes = digestOf(Buffer.concat(chunks));
			if (!encoding || encoding === "buffer") return bytes;
			if (encoding === "base64url" || encoding === "base64safe") return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
			return bytes.toString(encoding);
		},
	};
	return hash;
}

// MD4 (RFC 1320), as webpack's wasm md4: the digest of `input` as 16 bytes.
function md4Digest(input) {
	const length = input.length;
	const padded = Buffer.alloc(((length + 8) >> 6) * 64 + 64);
	input.copy(padded);
	padded[length] = 0x80;
	const bits = length * 8;
	padded.writeUInt32LE(bits >>> 0, padded.length - 8);
	padded.writeUInt32LE(Math.floor(bits / 0x100000000) >>> 0, padded.length - 4);
	let a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
	const rotl = (x, n) => (x << n) | (x >>> (32 - n));
	const x = new Array(16);
	for (let offset = 0; offset < padded.length; offset += 64) {
		for (let i = 0; i < 16; i++) x[i] = padded.readUInt32LE(offset + i * 4);
		const [aa, bb, cc, dd] = [a, b, c, d];
		const f = (p, q, r) => (p & q) | (~p & r);
		const g = (p, q, r) => (p & q) | (p & r) | (q & r);
		const h = (p, q, r) => p ^ q ^ r;
		for (let i = 0; i < 16; i += 4) {
			a = rotl((a + f(b, c, d) + x[i]) | 0, 3);
			d = rotl((d + f(a, b, c) + x[i + 1]) | 0, 7);
			c = rotl((c + f(d, a, b) + x[i + 2]) | 0, 11);
			b = rotl((b + f(c, d, a) + x[i + 3]) | 0, 19);
		}
		for (let i = 0; i < 4; i++) {
			a = rotl((a + g(b, c, d) + x[i] + 0x5a827999) | 0, 3);
			d = rotl((d + g(a, b, c) + x[i + 4] + 0x5a827999) | 0, 5);
			c = rotl((c + g(d, a, b) + x[i + 8] + 0x5a827999) | 0, 9);
			b = rotl((b + g(c, d, a) + x[i + 12] + 0x5a827999) | 0, 13);
		}
		for (const i of [0, 2, 1, 3]) {
			a = rotl((a + h(b, c, d) + x[i] + 0x6ed9eba1) | 0, 3);
			d = rotl((d + h(a, b, c) + x[i + 8] + 0x6ed9eba1) | 0, 9);
			c = rotl((c + h(d, a, b) + x[i + 4] + 0x6ed9eba1) | 0, 11);
			b = rotl((b + h(c, d, a) + x[i + 12] + 0x6ed9eba1) | 0, 15);
		}
		a = (a + aa) | 0;
		b = (b + bb) | 0;
		c = (c + cc) | 0;
		d = (d + dd) | 0;
	}
	const out = Buffer.alloc(16);
	out.writeInt32LE(a, 0);
	out.writeInt32LE(b, 4);
	out.writeInt32LE(c, 8);
	out.writeInt32LE(d, 12);
	return out;
}

// XXH64 with seed 0, as webpack's xxhash64: the 64-bit value as 8 bytes, most significant first.
function xxhash64Digest(input) {
	const M = (1n << 64n) - 1n;
	const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P3 = 1609587929392839161n, P4 = 9650029242287828579n, P5 = 2870177450012600261n;
	const rotl = (v, n) => ((v << BigInt(n)) | (v >> BigInt(64 - n))) & M;
	const round = (acc, lane) => (rotl((acc + lane * P2) & M, 31) * P1) & M;
	const merge = (acc, v) => (((acc ^ round(0n, v)) * P1) & M) + P4 & M;
	const length = input.length;
	let i = 0;
	let hash;
	if (length >= 32) {
		let v1 = (P1 + P2) & M, v2 = P2, v3 = 0n, v4 = (M + 1n - P1) & M;
		for (; i + 32 <= length; i += 32) {
			v1 = round(v1, input.readBigUInt64LE(i));
			v2 = round(v2, input.readBigUInt64LE(i + 8));
			v3 = round(v3, input.readBigUInt64LE(i + 16));
			v4 = round(v4, input.readBigUInt64LE(i + 24));
		}
		hash = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) & M;
		hash = merge(hash, v1);
		hash = merge(hash, v2);
		hash = merge(hash, v3);
		hash = merge(hash, v4);
	} else {
		hash = P5;
	}
	hash = (hash + BigInt(length)) & M;
	for (; i + 8 <= length; i += 8) {
		hash ^= round(0n, input.readBigUInt64LE(i));
		hash = (rotl(hash, 27) * P1 + P4) & M;
	}
	if (i + 4 <= length) {
		hash ^= (BigInt(input.readUInt32LE(i)) * P1) & M;
		hash = (rotl(hash, 23) * P2 + P3) & M;
		i += 4;
	}
	for (; i < length; i++) {
		hash ^= (BigInt(input[i]) * P5) & M;
		hash = (rotl(hash, 11) * P1) & M;
	}
	hash ^= hash >> 33n;
	hash = (hash * P2) & M;
	hash ^= hash >> 29n;
	hash = (hash * P3) & M;
	hash ^= hash >> 32n;
	const out = Buffer.alloc(8);
	out.writeBigUInt64BE(hash);
	return out;
}

function forEachLine(stream, onMessage, onEnd) {
	let pieces = [];
	stream.setEncoding("utf8");
	stream.on("data", (chunk) => {
		let start = 0;
		let newline;
		while ((newline = chunk.indexOf("\n", start)) >= 0) {
			pieces.push(chunk.slice(start, newline));
			const line = pieces.length === 1 ? pieces[0] : pieces.join("");
			pieces = [];
			start = newline + 1;
			if (line.length > 0) onMessage(JSON.parse(line));
		}
		if (start < chunk.length) pieces.push(chunk.slice(start));
	});
	stream.on("end", onEnd);
}

// Answers written in the same turn of the event loop leave in one write.
function createBatchedWriter(write) {
	let queued = [];
	let scheduled = false;
	const flush = () => {
		scheduled = false;
		const lines = queued;
		queued = [];
		write(lines.join(""));
	};
	return (line) => {
		queued.push(line);
		if (!scheduled) {
			scheduled = true;
			process.nextTick(flush);
		}
	};
}

// The loader host as its own process (no configuration functions to call): stdout carries the
// protocol alone, so what loaders print goes to stderr.
function startLoaderHostProcess() {
	const protocolWrite = process.stdout.write.bind(process.stdout);
	process.stdout.write = (chunk, encoding, callback) => process.stderr.write(chunk, encoding, callback);
	const write = createBatchedWriter(protocolWrite);
	const host = createLoaderHost(
		(message) => write(`${JSON.stringify(message)}\n`),
		(handle) => () => {
			throw new Error(`sharpack: ${handle.path || "a function in loader options"} cannot be called here (the configuration's node process is gone)`);
		}
	);
	forEachLine(process.stdin, (message) => host.handle(message), () => process.exit(0));
}
