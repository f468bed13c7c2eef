// Runs a JavaScript configuration's plugins (webpack's `apply(compiler)` objects and function
// plugins) in the configuration's node process, against stand-ins of webpack's Compiler and
// Compilation whose hooks forward to sharpack's (JavaScriptPlugins.cs sends the messages):
//   {"id", "plugin": "apply", "index", "compiler", "data"?}: runs plugin `index` against compiler
//     `compiler` (made from `data`, { context, outputPath, name, options }, the first time);
//   {"id", "plugin": "call", "tap", "args", "state"?}: runs one tap with the arguments; `state`
//     brings the compilation's news first: { cid, init?, hash?, fullHash?, assets?: { name:
//     asset | null }, modules?, chunks?, entrypoints? }.
// Answers: {"id", "result": { value?, taps: [...], ops: [...] }} or {"id", "error": {message, stack}}.
// `taps` are the hooks tapped meanwhile ({ tap, target, targetId, hook, name, stage, type });
// sharpack taps its own hook of that name for each and calls back with "call". `ops` are what the
// plugin did to compilations meanwhile: emitted, updated, renamed and deleted assets, errors and
// warnings pushed.
// Modules and chunks cross as snapshots taken when the hook runs: a plugin reads them (ids, names,
// files, which modules a chunk has), while changing them (chunk.addModule, compilation.modules =
// …) does not reach sharpack's graph.
"use strict";

function createPluginHost(api, sources, pluginTable) {
	const taps = [];
	let newTaps = [];
	let currentOwner = -1;
	const compilers = new Map();
	const compilations = new Map();

	// ---- tapable's hooks, as far as plugins use them: taps are reported to sharpack, which calls them.
	class Hook {
		constructor(target, name, args) {
			this._target = target;
			this.name = name;
			this._args = args || [];
			this.taps = [];
			this.interceptors = [];
		}
		tap(options, fn) {
			this._add(options, fn, "sync");
		}
		tapAsync(options, fn) {
			this._add(options, fn, "async");
		}
		tapPromise(options, fn) {
			this._add(options, fn, "promise");
		}
		intercept(interceptor) {
			this.interceptors.push(interceptor);
		}
		isUsed() {
			return this.taps.length > 0;
		}
		withOptions(options) {
			return {
				name: this.name,
				tap: (opt, fn) => this.tap(merge(opt, options), fn),
				tapAsync: (opt, fn) => this.tapAsync(merge(opt, options), fn),
				tapPromise: (opt, fn) => this.tapPromise(merge(opt, options), fn),
				intercept: (i) => this.intercept(i),
				isUsed: () => this.isUsed(),
			};
			function merge(opt, extra) {
				return { ...extra, ...(typeof opt === "string" ? { name: opt } : opt) };
			}
		}
		_add(options, fn, type) {
			if (typeof options === "string") options = { name: options.trim() };
			else if (typeof options !== "object" || options === null) throw new Error("Invalid tap options");
			if (typeof options.name !== "string" || options.name === "") throw new Error("Missing name for tap");
			if (typeof fn !== "function") throw new Error(`${this.name}: the tap '${options.name}' is not a function`);
			const tap = {
				id: taps.length,
				fn,
				type,
				name: options.name,
				stage: typeof options.stage === "number" ? options.stage : 0,
				owner: currentOwner,
				hook: this,
				// processAssets' additionalAssets: what runs on the assets later taps add (true: the tap itself).
				additionalFn: options.additionalAssets === true ? fn : typeof options.additionalAssets === "function" ? options.additionalAssets : null,
				ranOn: new Set(),
			};
			taps.push(tap);
			this.taps.push(tap);
			const report = { tap: tap.id, target: this._target.kind, targetId: this._target.id, hook: this.name, name: tap.name, stage: tap.stage, type };
			// Modules' generated code crosses only for taps whose plugin reads it: it is the whole bundle's size.
			if (readsCodeGeneration(currentOwner, fn)) report.readsCodeGeneration = true;
			if (Array.isArray(options.before) || typeof options.before === "string") report.before = [].concat(options.before);
			if (tap.additionalFn) report.additionalAssets = true;
			newTaps.push(report);
		}
		// A plugin calling a hook itself (its own hooks, or another plugin's through sharpack's
		// stand-ins): the taps run here, in stage order.
		call(...args) {
			let result;
			for (const tap of this._ordered()) {
				if (tap.type !== "sync") throw new Error(`${this.name}: the tap '${tap.name}' is asynchronous; call the hook with callAsync or promise`);
				result = tap.fn(...args);
				if (result !== undefined && this._bail) return result;
			}
			return this._bail ? undefined : result;
		}
		promise(...args) {
			return this._ordered().reduce(
				(previous, tap) =>
					previous.then(() => {
						if (tap.type === "promise") return tap.fn(...args);
						if (tap.type === "async") return new Promise((resolve, reject) => tap.fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
						return tap.fn(...args);
					}),
				Promise.resolve()
			);
		}
		callAsync(...args) {
			const callback = args.pop();
			this.promise(...args).then(
				(value) => callback(null, value),
				(err) => callback(err)
			);
		}
		_ordered() {
			return [...this.taps].sort((a, b) => a.stage - b.stage);
		}
	}
	class BailHook extends Hook {
		get _bail() {
			return true;
		}
	}
	// A HookMap (parser hooks, runtimeRequirementInTree…): its hooks are taps sharpack never calls.
	class HookMap {
		constructor(target, name) {
			this._target = target;
			this.name = name;
			this._map = new Map();
		}
		for(key) {
			let hook = this._map.get(key);
			if (hook === undefined) {
				hook = new Hook({ kind: "unsupported", id: 0 }, `${this._target.kind}.hooks.${this.name}.for(${JSON.stringify(String(key))})`);
				this._map.set(key, hook);
			}
			return hook;
		}
		get(key) {
			return this._map.get(key);
		}
		tap(key, options, fn) {
			return this.for(key).tap(options, fn);
		}
		tapAsync(key, options, fn) {
			return this.for(key).tapAsync(options, fn);
		}
		tapPromise(key, options, fn) {
			return this.for(key).tapPromise(options, fn);
		}
		intercept() {}
	}

	// webpack's hook names of each object; those sharpack has no hook for are still tappable, and
	// sharpack warns that it never calls them.
	const COMPILER_HOOKS = [
		"initialize", "shouldEmit", "done", "afterDone", "additionalPass", "beforeRun", "run", "emit", "assetEmitted",
		"afterEmit", "thisCompilation", "compilation", "normalModuleFactory", "contextModuleFactory", "beforeCompile",
		"compile", "make", "finishMake", "afterCompile", "readRecords", "emitRecords", "watchRun", "failed", "invalid",
		"watchClose", "shutdown", "infrastructureLog", "environment", "afterEnvironment", "afterPlugins", "afterResolvers",
		"entryOption", "validate",
	];
	const COMPILER_BAIL = new Set(["shouldEmit", "entryOption", "infrastructureLog"]);
	const COMPILATION_HOOKS = [
		"buildModule", "rebuildModule", "failedModule", "succeedModule", "stillValidModule", "addEntry", "failedEntry",
		"succeedEntry", "dependencyReferencedExports", "executeModule", "prepareModuleExecution", "finishModules",
		"finishRebuildingModule", "unseal", "seal", "beforeChunks", "afterChunks", "optimizeDependencies",
		"afterOptimizeDependencies", "optimize", "optimizeModules", "afterOptimizeModules", "optimizeChunks",
		"afterOptimizeChunks", "optimizeTree", "afterOptimizeTree", "optimizeChunkModules", "afterOptimizeChunkModules",
		"shouldRecord", "additionalChunkRuntimeRequirements", "additionalModuleRuntimeRequirements",
		"additionalTreeRuntimeRequirements", "runtimeModule", "reviveModules", "beforeModuleIds", "moduleIds",
		"optimizeModuleIds", "afterOptimizeModuleIds", "reviveChunks", "beforeChunkIds", "chunkIds", "optimizeChunkIds",
		"afterOptimizeChunkIds", "recordModules", "recordChunks", "optimizeCodeGeneration", "beforeModuleHash",
		"afterModuleHash", "beforeCodeGeneration", "afterCodeGeneration", "beforeRuntimeRequirements",
		"afterRuntimeRequirements", "beforeHash", "contentHash", "afterHash", "recordHash", "record", "beforeModuleAssets",
		"shouldGenerateChunkAssets", "beforeChunkAssets", "additionalChunkAssets", "additionalAssets", "optimizeChunkAssets",
		"afterOptimizeChunkAssets", "optimizeAssets", "afterOptimizeAssets", "processAssets", "afterProcessAssets",
		"processAdditionalAssets", "needAdditionalSeal", "afterSeal", "renderManifest", "fullHash", "chunkHash",
		"moduleAsset", "chunkAsset", "assetPath", "needAdditionalPass", "childCompiler", "log", "processWarnings",
		"processErrors", "statsPreset", "statsNormalize", "statsFactory", "statsPrinter",
	];
	// webpack's JavascriptModulesPlugin.getCompilationHooks: sharpack calls the bail hooks that
	// decide how entries are rendered; the rendering waterfalls are reported as never running.
	const JAVASCRIPT_MODULES_HOOKS = ["renderModuleContent", "renderModuleContainer", "renderModulePackage", "render", "renderContent", "renderStartup",
		"renderChunk", "renderMain", "renderRequire", "inlineInRuntimeBailout", "embedInRuntimeBailout", "strictRuntimeBailout", "chunkHash", "useSourceMap"];
	const CSS_LOADING_HOOKS = ["createStylesheet", "linkInsert", "linkPreload", "linkPrefetch"];
	const JAVASCRIPT_MODULES_BAIL = new Set(["inlineInRuntimeBailout", "embedInRuntimeBailout", "strictRuntimeBailout", "useSourceMap"]);
	const COMPILATION_BAIL = new Set(["optimizeDependencies", "optimizeModules", "optimizeChunks", "optimizeChunkModules", "shouldRecord", "needAdditionalSeal", "needAdditionalPass", "shouldGenerateChunkAssets"]);
	const COMPILATION_HOOK_MAPS = ["runtimeRequirementInModule", "runtimeRequirementInChunk", "runtimeRequirementInTree", "log", "statsPreset"];

	function makeHooks(target, names, bail, maps) {
		const hooks = {};
		for (const name of names) hooks[name] = bail.has(name) ? new BailHook(target, name) : new Hook(target, name);
		for (const name of maps || []) hooks[name] = new HookMap(target, name);
		return Object.freeze(hooks);
	}
	function factoryHooks(kind) {
		const target = { kind: "unsupported", id: 0 };
		const names = ["resolve", "factorize", "beforeResolve", "afterResolve", "createModule", "module", "resolveForScheme", "resolveInScheme", "alternativeRequests", "contextModuleFiles"];
		const hooks = {};
		for (const name of names) hooks[name] = new Hook(target, `${kind}.hooks.${name}`);
		for (const name of ["createParser", "parser", "createGenerator", "generator", "createModuleClass"]) hooks[name] = new HookMap({ kind, id: 0 }, name);
		return Object.freeze(hooks);
	}

	// ---- the compiler stand-in
	class Compiler extends api.Compiler {
		constructor(id, data, raw) {
			super();
			this._id = id;
			this.hooks = makeHooks({ kind: "compiler", id }, COMPILER_HOOKS, COMPILER_BAIL);
			this.name = data.name === null ? undefined : data.name;
			this.context = data.context;
			this.outputPath = data.outputPath;
			this.options = mergeOptions(raw, data.options);
			this.webpack = api;
			this.root = this;
			this.parentCompilation = undefined;
			this.inputFileSystem = require("fs");
			this.outputFileSystem = require("fs");
			this.intermediateFileSystem = require("fs");
			this.watchFileSystem = null;
			this.records = {};
			this.running = false;
			this.watchMode = false;
			this.requestShortener = makeRequestShortener(data.context);
		}
		isChild() {
			return false;
		}
		getInfrastructureLogger(name) {
			return makeLogger(name);
		}
		// webpack's CacheFacade for `name`: every call with the same name reads and writes one store
		// (kept for the compiler's life; sharpack keeps nothing between builds).
		getCache(name) {
			this._caches ??= new Map();
			const existing = this._caches.get(name);
			if (existing !== undefined) return existing;
			const store = new Map();
			const facade = {
				getItemCache: (key) => ({ get: (cb) => (cb ? cb(null, store.get(key)) : Promise.resolve(store.get(key))), store: (value, cb) => (store.set(key, value), cb ? cb() : Promise.resolve()) }),
				getPromise: (key) => Promise.resolve(store.get(key)),
				storePromise: (key, etag, value) => (store.set(key, value), Promise.resolve()),
				get: (key, etag, cb) => cb(null, store.get(key)),
				store: (key, etag, value, cb) => (store.set(key, value), cb()),
				mergeEtags: () => null,
				getLazyHashedEtag: () => null,
			};
			this._caches.set(name, facade);
			return facade;
		}
	}

	// compiler.options: the configuration as written, with the options sharpack settled (defaults
	// applied) over it where it sent them.
	function mergeOptions(raw, settled) {
		const out = { ...(raw || {}) };
		for (const key of Object.keys(settled || {})) {
			const value = settled[key];
			const written = out[key];
			out[key] =
				value !== null && typeof value === "object" && !Array.isArray(value) && written !== null && typeof written === "object" && !Array.isArray(written)
					? { ...written, ...value }
					: value;
		}
		return out;
	}

	function makeRequestShortener(context) {
		const path = require("path");
		return {
			shorten(request) {
				if (typeof request !== "string" || !context) return request;
				return request.split("!").map((part) => {
					const rel = path.relative(context, part);
					return part.startsWith(context) ? (rel.startsWith(".") ? rel : `./${rel}`).replace(/\\/g, "/") : part;
				}).join("!");
			},
		};
	}

	// Whether the plugin `owner` (or the tap `fn`) mentions compilation.codeGenerationResults in its source.
	const ownerReadsCodeGeneration = new Map();
	function readsCodeGeneration(owner, fn) {
		const mentions = (f) => typeof f === "function" && Function.prototype.toString.call(f).includes("codeGenerationResults");
		if (mentions(fn)) return true;
		if (owner < 0 || !pluginTable[owner]) return false;
		let answer = ownerReadsCodeGeneration.get(owner);
		if (answer === undefined) {
			const value = pluginTable[owner].value;
			answer = typeof value === "function" ? mentions(value) : value !== null && typeof value === "object" && (mentions(value.constructor) || mentions(value.apply));
			ownerReadsCodeGeneration.set(owner, answer);
		}
		return answer;
	}

	// webpack's CodeGenerationResults over what sharpack sent: each module's JavaScript per group of runtimes.
	class CodeGenerationResults {
		constructor(compilation, entries) {
			this._compilation = compilation;
			this.map = new Map();
			for (const entry of entries) {
				const module = compilation._moduleAt(entry.m);
				if (module === undefined) continue;
				let list = this.map.get(module);
				if (list === undefined) this.map.set(module, (list = []));
				const sourceMap = new Map();
				for (const type of Object.keys(entry.sources)) sourceMap.set(type, new sources.RawSource(entry.sources[type]));
				list.push({ runtimes: entry.runtimes === undefined ? null : entry.runtimes, result: { sources: sourceMap, data: new Map(), runtimeRequirements: new Set(), hash: entry.hash } });
			}
		}
		_find(module, runtime) {
			const list = this.map.get(module);
			if (list === undefined) return { error: `No code generation entry for ${module.identifier()} (existing entries: ${[...this.map.keys()].length})` };
			if (runtime === undefined || runtime === null) {
				if (list.length > 1) return { error: `No unique code generation entry for unspecified runtime for ${module.identifier()}` };
				return { result: list[0].result };
			}
			const wanted = typeof runtime === "string" ? [runtime] : [...runtime];
			for (const { runtimes, result } of list) if (runtimes === null || wanted.every((name) => runtimes.includes(name))) return { result };
			return { error: `No code generation entry for runtime ${wanted.join(", ")} for ${module.identifier()}` };
		}
		get(module, runtime) {
			const found = this._find(module, runtime);
			if (found.error) throw new Error(found.error);
			return found.result;
		}
		has(module, runtime) {
			return this._find(module, runtime).result !== undefined;
		}
		getSource(module, runtime, sourceType) {
			return this.get(module, runtime).sources.get(sourceType);
		}
		getRuntimeRequirements(module, runtime) {
			return this.get(module, runtime).runtimeRequirements;
		}
		getData(module, runtime, key) {
			return this.get(module, runtime).data.get(key);
		}
		getHash(module, runtime) {
			return this.get(module, runtime).hash;
		}
	}

	function makeLogger(name) {
		const write = (level) => (...args) => process.stderr.write(`<${level}> [${name}] ${args.join(" ")}\n`);
		return {
			error: write("e"), warn: write("w"), info: write("i"), log: write("l"), debug: () => {}, trace: () => {},
			group: () => {}, groupEnd: () => {}, groupCollapsed: () => {}, status: () => {}, clear: () => {},
			profile: () => {}, profileEnd: () => {}, time: () => {}, timeLog: () => {}, timeEnd: () => {}, timeAggregate: () => {}, timeAggregateEnd: () => {},
			getChildLogger: (child) => makeLogger(`${name}/${child}`),
		};
	}

	// ---- modules and chunks as sharpack describes them
	const moduleClasses = {};
	function moduleClass(name) {
		let cls = moduleClasses[name];
		if (cls === undefined) {
			cls = { [name]: class extends ModuleBase {} }[name];
			moduleClasses[name] = cls;
		}
		return cls;
	}
	class ModuleBase {
		constructor(data) {
			Object.assign(this, data.fields);
			this._data = data;
			this.buildInfo = reviveBuildInfo(data.buildInfo || {});
			this.buildMeta = data.buildMeta || {};
			this.factoryMeta = data.factoryMeta || {};
		}
		identifier() {
			return this._data.identifier;
		}
		readableIdentifier() {
			return this._data.readableIdentifier;
		}
		nameForCondition() {
			return this._data.nameForCondition === undefined ? null : this._data.nameForCondition;
		}
		libIdent() {
			return this._data.libIdent === undefined ? null : this._data.libIdent;
		}
		size(type) {
			return type && this._data.sizes && this._data.sizes[type] !== undefined ? this._data.sizes[type] : this._data.size;
		}
		getSourceTypes() {
			return new Set(this._data.sourceTypes || ["javascript"]);
		}
		get hash() {
			return this._data.hash;
		}
	}
	function reviveBuildInfo(info) {
		const out = { ...info };
		if (Array.isArray(info.topLevelDeclarations)) out.topLevelDeclarations = new Set(info.topLevelDeclarations);
		if (Array.isArray(info.fileDependencies)) out.fileDependencies = new Set(info.fileDependencies);
		return out;
	}

	// chunk.files and chunk.auxiliaryFiles: Sets that still answer the Array methods plugins of
	// webpack 4 used (webpack's arrayToSetDeprecation), and whose changes reach sharpack's chunk.
	function arrayToSetCompat(proto, name) {
		const copy = ["concat", "entry", "filter", "find", "findIndex", "includes", "indexOf", "join", "lastIndexOf", "map", "reduce", "reduceRight", "slice", "some"];
		for (const method of copy) {
			proto[method] = function (...args) {
				return Array.prototype[method].apply(Array.from(this), args);
			};
		}
		proto.push = function (...items) {
			for (const item of items) this.add(item);
			return this.size;
		};
		for (const method of ["copyWithin", "entries", "fill", "keys", "pop", "reverse", "shift", "splice", "sort", "unshift"]) {
			proto[method] = () => {
				throw new Error(`${name} was changed from Array to Set (using Array method '${method}' is not possible)`);
			};
		}
		const defineIndexGetter = (index) => {
			Object.defineProperty(proto, index, {
				configurable: true,
				get() {
					let i = 0;
					for (const item of this) if (i++ === index) return item;
					return undefined;
				},
				set() {
					throw new Error(`${name} was changed from Array to Set (indexing Array with write is not possible)`);
				},
			});
		};
		let defined = 0;
		const ensureIndexers = (count) => {
			for (; defined < count; defined++) defineIndexGetter(defined);
		};
		ensureIndexers(16);
		Object.defineProperty(proto, "length", {
			get() {
				ensureIndexers(this.size + 1);
				return this.size;
			},
			set() {
				throw new Error(`${name} was changed from Array to Set (writing to Array property 'length' is not possible)`);
			},
		});
		proto[Symbol.isConcatSpreadable] = true;
	}
	class ChunkFileSet extends Set {
		constructor(items, onChange) {
			super(items);
			this._onChange = onChange;
		}
		add(file) {
			if (this._onChange && !this.has(file)) this._onChange(file, true);
			return super.add(file);
		}
		delete(file) {
			const had = super.delete(file);
			if (had && this._onChange) this._onChange(file, false);
			return had;
		}
		clear() {
			for (const file of [...this]) this.delete(file);
		}
	}
	arrayToSetCompat(ChunkFileSet.prototype, "chunk.files");

	class Chunk {
		constructor(data, compilation, index) {
			this._data = data;
			this._compilation = compilation;
			this.id = data.id;
			this.ids = data.ids;
			this.name = data.name === null ? undefined : data.name;
			this.hash = data.hash === null ? undefined : data.hash;
			this.renderedHash = data.renderedHash === null ? undefined : data.renderedHash;
			this.contentHash = data.contentHash || {};
			const change = (auxiliary) => (file, add) => compilation._ops.push({ op: "chunkFile", chunk: index, file: String(file), add, auxiliary });
			this.files = new ChunkFileSet(data.files || [], change(false));
			this.auxiliaryFiles = new ChunkFileSet(data.auxiliaryFiles || [], change(true));
			this.idNameHints = new Set(data.idNameHints || []);
			this.runtime = data.runtime;
			this.filenameTemplate = data.filenameTemplate === null ? undefined : data.filenameTemplate;
			this.chunkReason = data.chunkReason === null ? undefined : data.chunkReason;
			this.preventIntegration = false;
			this._groups = new Set();
		}
		get modulesIterable() {
			return this._compilation.chunkGraph.getChunkModulesIterable(this);
		}
		get entryModule() {
			const first = this._data.entryModules[0];
			return first === undefined ? undefined : this._compilation._moduleAt(first);
		}
		get groupsIterable() {
			return this._groups;
		}
		canBeInitial() {
			return this._data.initial;
		}
		isOnlyInitial() {
			return this._data.onlyInitial;
		}
		hasRuntime() {
			return this._data.hasRuntime;
		}
		hasEntryModule() {
			return this._data.entryModules.length > 0;
		}
		getNumberOfModules() {
			return this._data.modules.length;
		}
		getModules() {
			return this._data.modules.map((i) => this._compilation._moduleAt(i));
		}
		containsModule(module) {
			return this.getModules().includes(module);
		}
		isEmpty() {
			return this._data.modules.length === 0;
		}
		modulesSize() {
			return this.getModules().reduce((sum, m) => sum + m.size(), 0);
		}
		size() {
			return this.modulesSize();
		}
		getEntryOptions() {
			return this._data.entryOptions === null ? undefined : this._data.entryOptions;
		}
		getAllAsyncChunks() {
			return new Set((this._data.asyncChunks || []).map((i) => this._compilation._chunkList[i]));
		}
		getAllReferencedChunks() {
			return new Set([this, ...this.getAllAsyncChunks()]);
		}
		isInGroup(group) {
			return this._groups.has(group);
		}
	}

	class ChunkGroup {
		constructor(data, compilation) {
			this.name = data.name === null ? undefined : data.name;
			this.options = { name: this.name };
			this._isInitial = data.initial;
			this.chunks = data.chunks.map((i) => compilation._chunkList[i]);
			for (const chunk of this.chunks) chunk._groups.add(this);
			this._preOrderIndices = new Map();
			this._postOrderIndices = new Map();
			for (const [m, pre, post] of data.moduleIndices || []) {
				const module = compilation._moduleList[m];
				this._preOrderIndices.set(module, pre);
				if (post !== null) this._postOrderIndices.set(module, post);
			}
		}
		getModulePreOrderIndex(module) {
			return this._preOrderIndices.get(module);
		}
		getModulePostOrderIndex(module) {
			return this._postOrderIndices.get(module);
		}
		// webpack's deprecated names of the two
		getModuleIndex(module) {
			return this.getModulePreOrderIndex(module);
		}
		getModuleIndex2(module) {
			return this.getModulePostOrderIndex(module);
		}
		isInitial() {
			return this._isInitial;
		}
		getFiles() {
			const files = new Set();
			for (const chunk of this.chunks) for (const file of chunk.files) files.add(file);
			return [...files];
		}
		getRuntimeChunk() {
			return this.chunks.find((c) => c.hasRuntime()) || this.chunks[this.chunks.length - 1];
		}
		getEntrypointChunk() {
			return this.chunks[this.chunks.length - 1];
		}
	}
	class Entrypoint extends ChunkGroup {}

	// ---- the compilation stand-in
	class Compilation extends api.Compilation {
		constructor(id, compiler, init) {
			super();
			this._id = id;
			this.compiler = compiler;
			this.hooks = makeHooks({ kind: "compilation", id }, COMPILATION_HOOKS, COMPILATION_BAIL, COMPILATION_HOOK_MAPS);
			this.name = compiler.name;
			this.options = compiler.options;
			this.outputOptions = init.outputOptions || compiler.options.output || {};
			this.requestShortener = compiler.requestShortener;
			this.inputFileSystem = compiler.inputFileSystem;
			this.hash = undefined;
			this.fullHash = undefined;
			this.errors = [];
			this.warnings = [];
			this._flushedErrors = 0;
			this._flushedWarnings = 0;
			this._assets = Object.create(null);
			this._infos = new Map();
			this._ops = [];
			this._moduleList = [];
			this._chunkList = [];
			this.modules = new Set();
			this.chunks = new Set();
			this.namedChunks = new Map();
			this.entrypoints = new Map();
			this.namedChunkGroups = new Map();
			this.chunkGroups = [];
			this.fileDependencies = new Set();
			this.contextDependencies = new Set();
			this.missingDependencies = new Set();
			this.buildDependencies = new Set();
			this.records = {};
			this.additionalChunkAssets = [];
			this.children = [];
			this.logging = new Map();
			this.assets = new Proxy(this._assets, {
				set: (target, name, source) => {
					if (typeof name !== "string") return false;
					const existed = name in target;
					target[name] = source;
					if (!existed) this._infos.set(name, {});
					this._ops.push({ op: "set", name, source: describeSource(source) });
					return true;
				},
				deleteProperty: (target, name) => {
					if (typeof name === "string" && name in target) {
						delete target[name];
						this._infos.delete(name);
						this._ops.push({ op: "delete", name });
					}
					return true;
				},
			});
			const compilation = this;
			this.chunkGraph = {
				getModuleId: (module) => (module && module.id !== undefined ? module.id : null),
				getModuleHash: (module) => (module ? module.hash : undefined),
				getRenderedModuleHash: (module) => (module ? module.hash : undefined),
				getChunkModules: (chunk) => chunk.getModules(),
				getChunkModulesIterable: (chunk) => new Set(chunk.getModules()),
				getOrderedChunkModulesIterable: (chunk, compare) => new Set(chunk.getModules().sort(compare)),
				getNumberOfChunkModules: (chunk) => chunk.getNumberOfModules(),
				getChunkEntryModulesIterable: (chunk) => new Set(chunk._data.entryModules.map((i) => compilation._moduleAt(i))),
				getNumberOfEntryModules: (chunk) => chunk._data.entryModules.length,
				getModuleChunks: (module) => [...compilation.chunks].filter((c) => c.containsModule(module)),
				getModuleChunksIterable: (module) => new Set([...compilation.chunks].filter((c) => c.containsModule(module))),
				getNumberOfModuleChunks: (module) => [...compilation.chunks].filter((c) => c.containsModule(module)).length,
				isModuleInChunk: (module, chunk) => chunk.containsModule(module),
				isEntryModule: (module) => [...compilation.chunks].some((c) => c._data.entryModules.some((i) => compilation._moduleAt(i) === module)),
				getChunkModulesSize: (chunk) => chunk.modulesSize(),
				getModuleRuntimes: (module) => new Set([...compilation.chunks].filter((c) => c.containsModule(module)).map((c) => c.runtime)),
			};
			this.moduleGraph = {
				getIssuer: (module) => (module && module._data.issuer !== undefined && module._data.issuer !== null ? compilation._moduleAt(module._data.issuer) : null),
				getProfile: () => undefined,
				getPreOrderIndex: (module) => (module ? module._data.preOrderIndex : null),
				getPostOrderIndex: (module) => (module ? module._data.postOrderIndex : null),
				getDepth: (module) => (module ? module._data.depth : null),
				getProvidedExports: (module) => (module ? module._data.providedExports : null),
				getOptimizationBailout: (module) => (module && module._data.optimizationBailout) || [],
				isAsync: (module) => Boolean(module && module._data.async),
				getModule: () => null,
				getParentModule: () => null,
			};
			this.codeGenerationResults = undefined;
			this.runtimeTemplate = { outputOptions: this.outputOptions, requestShortener: this.requestShortener };
		}
		getLogger(name) {
			return makeLogger(typeof name === "function" ? name() : name);
		}
		_javascriptModulesHooks() {
			if (this._jsHooks === undefined) this._jsHooks = makeHooks({ kind: "javascriptModules", id: this._id }, JAVASCRIPT_MODULES_HOOKS, JAVASCRIPT_MODULES_BAIL);
			return this._jsHooks;
		}
		// webpack.web.CssLoadingRuntimeModule.getCompilationHooks(compilation): waterfalls over the
		// CSS loading runtime's code (each tap gets the code and the chunk, returns the code).
		_cssLoadingHooks() {
			if (this._cssHooks === undefined) this._cssHooks = makeHooks({ kind: "cssLoading", id: this._id }, CSS_LOADING_HOOKS, new Set());
			return this._cssHooks;
		}
		// A cache for this build only (sharpack keeps no cache between builds for JavaScript plugins).
		getCache(name) {
			return this.compiler.getCache(name);
		}
		_moduleAt(index) {
			return this._moduleList[index];
		}
		emitAsset(file, source, assetInfo = {}) {
			if (file in this._assets) {
				if (!sameSource(this._assets[file], source)) {
					this.errors.push(new api.WebpackError(`Conflict: Multiple assets emit different content to the same filename ${file}`));
					this._assets[file] = source;
					this._ops.push({ op: "set", name: file, source: describeSource(source), info: assetInfo });
				}
				this._infos.set(file, { ...this._infos.get(file), ...assetInfo });
				return;
			}
			this._assets[file] = source;
			this._infos.set(file, assetInfo);
			this._ops.push({ op: "emit", name: file, source: describeSource(source), info: assetInfo });
		}
		updateAsset(file, newSourceOrFunction, assetInfoUpdateOrFunction = undefined) {
			if (!(file in this._assets)) throw new Error(`Called Compilation.updateAsset for not existing filename ${file}`);
			const source = typeof newSourceOrFunction === "function" ? newSourceOrFunction(this._assets[file]) : newSourceOrFunction;
			this._assets[file] = source;
			const oldInfo = this._infos.get(file) || {};
			let info = oldInfo;
			if (typeof assetInfoUpdateOrFunction === "function") info = assetInfoUpdateOrFunction(oldInfo) || {};
			else if (assetInfoUpdateOrFunction !== undefined) info = { ...oldInfo, ...assetInfoUpdateOrFunction };
			this._infos.set(file, info);
			this._ops.push({ op: "update", name: file, source: describeSource(source), info: info === oldInfo ? undefined : info });
		}
		renameAsset(file, newFile) {
			if (!(file in this._assets)) throw new Error(`Called Compilation.renameAsset for not existing filename ${file}`);
			if (file === newFile) return;
			if (newFile in this._assets && !sameSource(this._assets[file], this._assets[newFile])) {
				this.errors.push(new api.WebpackError(`Conflict: Called Compilation.renameAsset for already existing filename ${newFile} with different content`));
			}
			this._assets[newFile] = this._assets[file];
			this._infos.set(newFile, this._infos.get(file) || {});
			delete this._assets[file];
			this._infos.delete(file);
			for (const chunk of this.chunks) {
				// sharpack's renameAsset renames in its chunks too: only node's copy changes here.
				if (Set.prototype.delete.call(chunk.files, file)) Set.prototype.add.call(chunk.files, newFile);
				if (Set.prototype.delete.call(chunk.auxiliaryFiles, file)) Set.prototype.add.call(chunk.auxiliaryFiles, newFile);
			}
			this._ops.push({ op: "rename", name: file, newName: newFile });
		}
		deleteAsset(file) {
			if (!(file in this._assets)) return;
			delete this._assets[file];
			this._infos.delete(file);
			for (const chunk of this.chunks) {
				Set.prototype.delete.call(chunk.files, file);
				Set.prototype.delete.call(chunk.auxiliaryFiles, file);
			}
			this._ops.push({ op: "delete", name: file });
		}
		getAsset(name) {
			if (!(name in this._assets)) return undefined;
			return { name, source: this._assets[name], info: this._infos.get(name) || {} };
		}
		getAssets() {
			return Object.keys(this._assets).map((name) => this.getAsset(name));
		}
		getPath(filename, data = {}) {
			if (!data.hash) data = { hash: this.hash, ...data };
			return this.getAssetPath(filename, data);
		}
		getPathWithInfo(filename, data = {}) {
			const info = {};
			return { path: this.getPath(filename, data), info };
		}
		getAssetPath(filename, data) {
			return templatePath(typeof filename === "function" ? filename(data, {}) : filename, data, this);
		}
		getAssetPathWithInfo(filename, data) {
			return { path: this.getAssetPath(filename, data), info: {} };
		}
		getStats() {
			return new Stats(this, null);
		}
		createHash() {
			return require("crypto").createHash(typeof this.outputOptions.hashFunction === "string" ? this.outputOptions.hashFunction : "md4");
		}
		rebuildModule(module, callback) {
			callback(new Error("sharpack: compilation.rebuildModule is not supported from a JavaScript plugin"));
		}
		_flush() {
			const ops = this._ops;
			this._ops = [];
			for (; this._flushedErrors < this.errors.length; this._flushedErrors++) ops.push({ op: "error", ...describeDiagnostic(this.errors[this._flushedErrors]) });
			for (; this._flushedWarnings < this.warnings.length; this._flushedWarnings++) ops.push({ op: "warning", ...describeDiagnostic(this.warnings[this._flushedWarnings]) });
			if (ops.length > 0) for (const op of ops) op.cid = this._id;
			return ops;
		}
		_applyState(state) {
			if (state.hash !== undefined) this.hash = state.hash;
			if (state.fullHash !== undefined) this.fullHash = state.fullHash;
			if (state.assets) {
				for (const name of Object.keys(state.assets)) {
					const asset = state.assets[name];
					if (asset === null) {
						delete this._assets[name];
						this._infos.delete(name);
					} else {
						this._assets[name] = asset.base64 !== undefined ? new sources.RawSource(Buffer.from(asset.base64, "base64")) : asset.map ? new sources.SourceMapSource(asset.text, name, asset.map) : new sources.RawSource(asset.text);
						this._infos.set(name, asset.info || {});
					}
				}
			}
			if (state.modules) {
				this._moduleList = state.modules.map((data) => new (moduleClass(data.class))(data));
				this.modules = new Set(this._moduleList);
			}
			if (state.codeGeneration) this.codeGenerationResults = new CodeGenerationResults(this, state.codeGeneration);
			if (state.chunks) {
				this._chunkList = state.chunks.map((data, i) => new Chunk(data, this, i));
				this.chunks = new Set(this._chunkList);
				this.namedChunks = new Map(this._chunkList.filter((c) => c.name !== undefined).map((c) => [c.name, c]));
				this.chunkGroups = (state.chunkGroups || []).map((data) => (data.entrypoint ? new Entrypoint(data, this) : new ChunkGroup(data, this)));
				this.entrypoints = new Map(this.chunkGroups.filter((g) => g instanceof Entrypoint).map((g) => [g.name, g]));
				this.namedChunkGroups = new Map(this.chunkGroups.filter((g) => g.name !== undefined).map((g) => [g.name, g]));
			}
		}
	}

	function sameSource(a, b) {
		if (a === b) return true;
		try {
			return Buffer.compare(toBuffer(a), toBuffer(b)) === 0;
		} catch {
			return false;
		}
	}
	function toBuffer(source) {
		if (typeof source.buffer === "function") return source.buffer();
		const value = source.source();
		return Buffer.isBuffer(value) ? value : Buffer.from(String(value), "utf8");
	}

	// A source as sharpack takes it: text or bytes, and the map it has.
	function describeSource(source) {
		if (source === null || typeof source !== "object" || typeof source.source !== "function") {
			throw new TypeError("an asset must be a Source (webpack-sources: new compiler.webpack.sources.RawSource(content))");
		}
		const value = source.source();
		const out = Buffer.isBuffer(value) || value instanceof Uint8Array ? { base64: Buffer.from(value).toString("base64") } : { text: String(value) };
		if (out.text !== undefined && typeof source.map === "function") {
			const map = source.map({});
			if (map) out.map = map;
		}
		return out;
	}

	function describeDiagnostic(error) {
		if (error instanceof Error) {
			const out = { message: error.message };
			if (error.details) out.details = String(error.details);
			if (error.file) out.file = String(error.file);
			if (error.module && typeof error.module.identifier === "function") out.module = error.module.identifier();
			return out;
		}
		return { message: String(error) };
	}

	// webpack's TemplatedPathPlugin: [name], [id], [hash]/[fullhash], [chunkhash], [contenthash],
	// [file], [query], [fragment], [base], [path], [name] of files, [ext], each hash with :length.
	function templatePath(template, data, compilation) {
		if (typeof template !== "string") return template;
		const path = require("path");
		const replacements = new Map();
		const hashOf = (value, len) => (len ? String(value).slice(0, Number(len)) : String(value));
		if (data.filename) {
			const [file, query = ""] = data.filename.split("?");
			const base = path.basename(file);
			const ext = path.extname(base);
			replacements.set("file", data.filename);
			replacements.set("query", query ? `?${query}` : "");
			replacements.set("path", file.slice(0, file.length - base.length));
			replacements.set("base", base);
			replacements.set("name", base.slice(0, base.length - ext.length));
			replacements.set("ext", ext);
		}
		const hash = data.hash || (compilation && compilation.hash);
		if (hash) {
			replacements.set("fullhash", hash);
			replacements.set("hash", hash);
		}
		const chunk = data.chunk;
		if (chunk) {
			replacements.set("id", chunk.id);
			replacements.set("name", chunk.name || chunk.id);
			if (chunk.hash || chunk.renderedHash) replacements.set("chunkhash", chunk.renderedHash || chunk.hash);
			const contentHash = data.contentHash || (chunk.contentHash && (chunk.contentHash[data.contentHashType || "javascript"]));
			if (contentHash) replacements.set("contenthash", contentHash);
		}
		if (data.contentHash && !replacements.has("contenthash")) replacements.set("contenthash", data.contentHash);
		if (data.module) {
			replacements.set("id", data.module.id);
			replacements.set("modulehash", data.module.hash);
		}
		if (data.runtime !== undefined) replacements.set("runtime", data.runtime);
		if (data.url) replacements.set("url", data.url);
		return template.replace(/\[\\*([\w-]+)(?::(\d+))?\\*\]/g, (match, kind, len) => {
			if (match.startsWith("[\\")) return match.replace(/\\/g, "");
			if (!replacements.has(kind)) return match;
			const value = replacements.get(kind);
			if (value === undefined || value === null) return "";
			return /hash$/.test(kind) ? hashOf(value, len) : String(value);
		});
	}

	// ---- stats, for done and afterDone
	class Stats {
		constructor(compilation, data) {
			this.compilation = compilation;
			this._data = data || {};
			this.startTime = this._data.startTime;
			this.endTime = this._data.endTime;
			this.hash = compilation.hash;
		}
		hasErrors() {
			return this._data.errors !== undefined ? this._data.errors > 0 : this.compilation.errors.length > 0;
		}
		hasWarnings() {
			return this._data.warnings !== undefined ? this._data.warnings > 0 : this.compilation.warnings.length > 0;
		}
		toJson() {
			if (this._data.json) return JSON.parse(JSON.stringify(this._data.json));
			return { hash: this.compilation.hash, assets: this.compilation.getAssets().map((a) => ({ name: a.name, size: toBuffer(a.source).length })) };
		}
		toString() {
			return this._data.text || "";
		}
	}

	// ---- the protocol
	function compilerFor(index, data) {
		let compiler = compilers.get(index);
		if (compiler === undefined) {
			if (!data) throw new Error(`sharpack: no compiler ${index}`);
			const plugin = pluginTable[data.plugin];
			compiler = new Compiler(index, data, plugin ? plugin.config : {});
			compilers.set(index, compiler);
		}
		return compiler;
	}

	function compilationFor(state) {
		let compilation = compilations.get(state.cid);
		if (compilation === undefined) {
			if (!state.init) throw new Error(`sharpack: no compilation ${state.cid}`);
			compilation = new Compilation(state.cid, compilerFor(state.init.compiler), state.init);
			compilations.set(state.cid, compilation);
		}
		return compilation;
	}

	function revive(value) {
		if (Array.isArray(value)) return value.map((item) => revive(item));
		if (value === null || typeof value !== "object") return value;
		if (value.$compilation !== undefined) return compilations.get(value.$compilation);
		if (value.$compiler !== undefined) return compilers.get(value.$compiler);
		if (value.$assets !== undefined) return compilations.get(value.$assets).assets;
		if (value.$assetSubset !== undefined) {
			const assets = compilations.get(value.$assetSubset)._assets;
			const subset = {};
			for (const name of value.names) if (name in assets) subset[name] = assets[name];
			return subset;
		}
		if (value.$modules !== undefined) return compilations.get(value.$modules).modules;
		if (value.$chunks !== undefined) return compilations.get(value.$chunks).chunks;
		if (value.$moduleData !== undefined) return new (moduleClass(value.$moduleData.class))(value.$moduleData);
		if (value.$buffer !== undefined) return Buffer.from(value.$buffer, "base64");
		if (value.$rawSource !== undefined) return new sources.RawSource(Buffer.from(value.$rawSource, "base64"));
		if (value.$stats !== undefined) return new Stats(compilations.get(value.$stats), value.data);
		if (value.$error !== undefined) return Object.assign(new Error(value.$error), { name: "Error" });
		if (value.$factory !== undefined) return { hooks: factoryHooks(value.$factory) };
		const out = {};
		for (const key of Object.keys(value)) out[key] = revive(value[key]);
		return out;
	}

	function flushAll() {
		const ops = [];
		for (const compilation of compilations.values()) for (const op of compilation._flush()) ops.push(op);
		return ops;
	}

	function result(value) {
		const out = { taps: newTaps, ops: flushAll() };
		newTaps = [];
		if (value !== undefined && (value === null || typeof value !== "object")) out.value = value;
		return out;
	}

	// Runs `message` and answers through `reply(result)` or `fail(error)`.
	function handle(message, reply, fail) {
		try {
			if (message.plugin === "apply") {
				const compiler = compilerFor(message.compiler, message.data);
				const plugin = pluginTable[message.index];
				currentOwner = message.index;
				try {
					if (typeof plugin.value === "function") plugin.value.call(compiler, compiler);
					else plugin.value.apply(compiler);
				} finally {
					currentOwner = -1;
				}
				reply(result(undefined));
				return;
			}
			if (message.plugin === "call") {
				let compilation;
				if (message.state) {
					compilation = compilationFor(message.state);
					compilation._applyState(message.state);
				}
				const tap = taps[message.tap];
				const args = revive(message.args || []);
				let fn = tap.fn;
				if (message.additional) {
					// Only once the tap itself has run on this compilation, as webpack's processAdditionalAssets.
					if (!tap.additionalFn || !compilation || !tap.ranOn.has(compilation._id)) {
						reply(result(undefined));
						return;
					}
					fn = tap.additionalFn;
				} else if (compilation && tap.additionalFn) {
					tap.ranOn.add(compilation._id);
				}
				currentOwner = tap.owner;
				const finish = (err, value) => {
					if (err) fail(err, result(undefined));
					else reply(result(value));
				};
				let returned;
				try {
					if (tap.type === "async") {
						fn(...args, (err, value) => finish(err, value));
						return;
					}
					returned = fn(...args);
				} finally {
					currentOwner = -1;
				}
				if (tap.type === "promise" || (returned !== null && typeof returned === "object" && typeof returned.then === "function")) {
					if (returned === null || typeof returned !== "object" || typeof returned.then !== "function") {
						throw new Error(`${tap.hook.name}: the tap '${tap.name}' (tapPromise) did not return a promise`);
					}
					returned.then(
						(value) => finish(null, value),
						(err) => finish(err || new Error("a promise rejected without a reason"))
					);
					return;
				}
				finish(null, returned);
				return;
			}
			throw new Error(`sharpack: unknown plugin message '${message.plugin}'`);
		} catch (err) {
			currentOwner = -1;
			fail(err, result(undefined));
		}
	}

	return { handle };
}
