// Loads a JavaScript webpack/sharpack configuration for `sharpack build` and writes it as JSON.
// Run by ConfigLoader.cs as `node -e <sharpack-api.cjs + this file> RESULT_FILE CONFIG_FILE ENV_JSON ARGV_JSON OVERRIDES_JSON`
// (OVERRIDES_JSON: the command line's { context, outputPath }).
// It imports the config (require for .cjs, import() for .mjs, either for .js), calls it with
// (env, argv) when it is a function, awaits promises, and serializes every configuration:
// RegExp → {"__regexp":{source,flags}}, undefined dropped, plugin instances → {"__plugin":name}
// (plain objects { assembly?, type, options? } in plugins name .NET plugins and stay data; the
// classes require("sharpack") gives → {"__plugin":name,"__sharpack":true,"options":…}),
// functions → handles {"$sharpackFunction": id, name, length, path} into a table of functions,
// except entry, called here once, optimization.runtimeChunk.name, called here for each entry,
// and output.clean.keep, called here for each path under output.path.
// Without functions, node exits once the result is written. With functions it answers "ready" on
// stdout and stays, calling them for the build (NodeFunctionBridge.cs) and running JavaScript
// loaders (loader-host.js, loaded with this file): one JSON request per line on stdin, one answer
// per line on stdout, until stdin ends. stdout is the protocol's alone, so what the configuration
// prints goes to stderr.
// Errors go to stderr, exit code 2.
"use strict";

const { pathToFileURL } = require("url");
const fs = require("fs");
const nodePath = require("path");

const [resultFile, configFile, envJson, argvJson, overridesJson] = process.argv.slice(-5);

// stdout carries the bridge's answers: the configuration's own output (console.log,
// process.stdout.write) is moved to stderr, which sharpack passes on.
const protocolWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, encoding, callback) => process.stderr.write(chunk, encoding, callback);

// The configuration's functions; a handle's id is the index.
const functionTable = [];
// The configuration's JavaScript plugins (apply objects and function plugins), run by plugin-host.js
// when sharpack applies them: { value, config (the configuration object it came in), path }.
const pluginTable = [];
let serializingConfig = null;
function functionHandle(fn, path) {
	functionTable.push(fn);
	return { $sharpackFunction: functionTable.length - 1, name: typeof fn.name === "string" ? fn.name : "", length: fn.length, path };
}
const SHARPACK_API_ID = nodePath.resolve(require("os").tmpdir(), "__sharpack_api__", "index.js");
const SHARPACK_TERSER_ID = nodePath.resolve(require("os").tmpdir(), "__sharpack_api__", "terser-webpack-plugin.js");
const SHARPACK_CSS_EXTRACT_ID = nodePath.resolve(require("os").tmpdir(), "__sharpack_api__", "mini-css-extract-plugin.js");
const SHARPACK_CSS_MINIMIZER_ID = nodePath.resolve(require("os").tmpdir(), "__sharpack_api__", "css-minimizer-webpack-plugin.js");

function installSharpackApi() {
	const Module = require("module");
	// A loaded module under `id` whose exports are `exports`, as if a file there had been required.
	const preload = (id, exports) => {
		const module = new Module(id);
		module.filename = id;
		module.loaded = true;
		module.exports = exports;
		require.cache[id] = module;
	};
	preload(SHARPACK_API_ID, sharpackApi);
	preload(SHARPACK_TERSER_ID, sharpackApi.TerserPlugin);
	preload(SHARPACK_CSS_EXTRACT_ID, sharpackApi.CssExtractPlugin);
	preload(SHARPACK_CSS_MINIMIZER_ID, sharpackApi.CssMinimizerPlugin);
	const resolveFilename = Module._resolveFilename;
	Module._resolveFilename = function (request, parent, ...rest) {
		if (request === "sharpack") return SHARPACK_API_ID;
		// Sharpack minifies with its own TerserPlugin, which takes terser-webpack-plugin's options.
		if (request === "terser-webpack-plugin") return SHARPACK_TERSER_ID;
		// mini-css-extract-plugin hooks into webpack's own classes; Sharpack's CssExtractPlugin takes its options.
		if (request === "mini-css-extract-plugin") return SHARPACK_CSS_EXTRACT_ID;
		// Sharpack minifies CSS with its own minifier, which takes css-minimizer-webpack-plugin's test/include/exclude.
		if (request === "css-minimizer-webpack-plugin") return SHARPACK_CSS_MINIMIZER_ID;
		if (request === "webpack") {
			try {
				return resolveFilename.call(this, request, parent, ...rest);
			} catch (err) {
				if (err && err.code === "MODULE_NOT_FOUND") return SHARPACK_API_ID;
				throw err;
			}
		}
		return resolveFilename.call(this, request, parent, ...rest);
	};
}
installSharpackApi();

function isModuleNamespace(value) {
	return value !== null && typeof value === "object" && Object.prototype.toString.call(value) === "[object Module]";
}

async function load(file) {
	if (file.endsWith(".mjs")) return (await import(pathToFileURL(file).href)).default;
	if (file.endsWith(".cjs")) return require(file);
	try {
		const exported = require(file);
		return isModuleNamespace(exported) ? exported.default : exported;
	} catch (err) {
		// An ES module in a .js file ("type": "module", or node's require(esm) refusing).
		if (err && (err.code === "ERR_REQUIRE_ESM" || err.code === "ERR_REQUIRE_ASYNC_MODULE")) {
			return (await import(pathToFileURL(file).href)).default;
		}
		throw err;
	}
}

// `where` is the top-level key the value sits under (plugins and devServer get special care).
function serialize(value, path, seen, where, top = false) {
	if (value === undefined || typeof value === "symbol") return undefined;
	if (value === null || typeof value === "string" || typeof value === "boolean") return value;
	if (typeof value === "number") {
		// Infinity is a webpack value (splitChunks' request limits); NaN means nothing.
		if (value === Infinity || value === -Infinity) return { __number: String(value) };
		if (!Number.isFinite(value)) throw new ConfigError(`${path} is ${value}, which JSON cannot carry.`);
		return value;
	}
	if (typeof value === "bigint") throw new ConfigError(`${path} is a BigInt, which sharpack cannot read.`);
	if (typeof value === "function") {
		if (where === "devServer") return "[function]"; // devServer is ignored by sharpack anyway
		// Called from .NET through its handle; where sharpack takes no function, the normalizer
		// refuses it naming the option. A RuntimeValue's function is named by the definition.
		return functionHandle(value, path.replace(/\.__runtimeValue\.fn$/, ""));
	}
	if (value instanceof RegExp) return { __regexp: { source: value.source, flags: value.flags } };
	if (value instanceof Date) return value.toISOString();
	if (seen.has(value)) throw new ConfigError(`${path} refers back to itself (a cycle); JSON cannot carry it.`);
	seen.add(value);
	let result;
	if (Array.isArray(value)) {
		// optimization.minimizer holds plugins too (and "...").
		const pluginList = where === "plugins" || (where === "optimization" && /\.minimizer$/.test(path));
		result = value.map((item, i) => {
			const itemPath = `${path}[${i}]`;
			if (pluginList && item !== null && typeof item === "object") {
				// A plain object { assembly?, type, options? } names a .NET plugin: carried as data.
				const proto = Object.getPrototypeOf(item);
				if ((proto === Object.prototype || proto === null) && typeof item.type === "string") {
					return serialize(item, itemPath, seen, "dotnetPlugin");
				}
				if (item[SHARPACK_PLUGIN] === true) {
					const options = item.__sharpackOptions ? item.__sharpackOptions(itemPath) : item.__sharpackArgs[0];
					const out = { __plugin: item.constructor.name, __sharpack: true };
					const serialized = serialize(options, `${itemPath}.options`, seen, "sharpackPlugin");
					if (serialized !== undefined) out.options = serialized;
					return out;
				}
				if (typeof item.apply === "function") {
					pluginTable.push({ value: item, config: serializingConfig, path: itemPath });
					return { __jsPlugin: pluginTable.length - 1, name: (item.constructor && item.constructor.name) || "" };
				}
				return { __plugin: (item.constructor && item.constructor.name) || "anonymous" };
			}
			if (pluginList && typeof item === "function") {
				// A function plugin: called with the compiler as `this` and as its argument.
				pluginTable.push({ value: item, config: serializingConfig, path: itemPath });
				return { __jsPlugin: pluginTable.length - 1, name: item.name || "" };
			}
			const out = serialize(item, itemPath, seen, where);
			return out === undefined ? null : out;
		});
	} else {
		result = {};
		for (const key of Object.keys(value)) {
			const out = serialize(value[key], child(path, key), seen, top ? key : where);
			if (out !== undefined) result[key] = out;
		}
	}
	seen.delete(value);
	return result;
}

// Plugins may require("webpack-sources") themselves: where the configuration can, the sources its
// plugins get and make (compiler.webpack.sources, the assets' sources) are that package's, so
// instanceof and every method hold.
function useInstalledWebpackSources(file) {
	let installed;
	try {
		installed = require("module").createRequire(file)("webpack-sources");
	} catch {
		return;
	}
	if (installed && typeof installed.RawSource === "function") sharpackApi.sources = installed;
}

// webpack's entry may be a function (DynamicEntryPlugin): called with no arguments as each
// compilation makes its modules, answering the entry (or a promise of it). A sharpack build makes
// once, so it is called here, once, and its answer travels as the entry.
async function callEntry(item) {
	if (typeof item.entry !== "function") return item;
	return { ...item, entry: await item.entry() };
}

// webpack's EntryPlugin adds its module to an entry as the compilation makes its modules. The
// configuration's plugins tap make before its entries do, so their modules come first: in the
// entry they join, and among the entries. Folded into the entry option here, and removed from the
// plugins.
function foldEntryPlugins(item) {
	const plugins = Array.isArray(item.plugins) ? item.plugins : [];
	const entryPlugins = plugins.filter((plugin) => plugin && plugin[SHARPACK_ENTRY_PLUGIN] === true);
	if (entryPlugins.length === 0) return item;
	const asDescription = (value) => (typeof value === "string" || Array.isArray(value) ? { import: [].concat(value) } : { ...value, import: [].concat(value.import) });
	const written = item.entry === undefined ? { main: "./src" } : typeof item.entry === "string" || Array.isArray(item.entry) ? { main: item.entry } : item.entry;
	const added = {};
	for (const plugin of entryPlugins) {
		const options = typeof plugin.options === "string" ? { name: plugin.options } : { ...plugin.options };
		const name = options.name || "main";
		delete options.name;
		const request = /^\.\.?(\/|$)/.test(plugin.entry) ? nodePath.resolve(plugin.context, plugin.entry) : plugin.entry;
		const description = (added[name] ??= { import: [], ...options });
		if (!description.import.includes(request)) description.import.push(request);
	}
	const entry = {};
	for (const name of Object.keys(added)) {
		if (!(name in written)) entry[name] = added[name];
	}
	for (const name of Object.keys(written)) {
		const description = asDescription(written[name]);
		if (name in added) description.import = [...added[name].import, ...description.import.filter((request) => !added[name].import.includes(request))];
		entry[name] = description;
	}
	return { ...item, entry, plugins: plugins.filter((plugin) => !entryPlugins.includes(plugin)) };
}

// webpack's optimization.runtimeChunk.name may be a function of the entrypoint. Sharpack cannot
// call it during the build, so it is called here for every entry the configuration names, and
// the answers travel as { __byEntrypoint: { entryName: runtimeName | null } }.
function callRuntimeChunkName(item, topPath) {
	const optimization = item.optimization;
	const runtimeChunk = optimization && optimization.runtimeChunk;
	if (runtimeChunk === null || typeof runtimeChunk !== "object" || typeof runtimeChunk.name !== "function") return item;
	const path = `${topPath}.optimization.runtimeChunk.name`;
	const entry = item.entry === undefined ? "./src" : item.entry;
	const names = typeof entry === "string" || Array.isArray(entry) ? ["main"] : Object.keys(entry);
	const byEntrypoint = {};
	for (const name of names) {
		const result = runtimeChunk.name({ name, options: { name } });
		if (result !== undefined && result !== null && typeof result !== "string") {
			throw new ConfigError(`${path} returned ${typeof result} for the entrypoint '${name}'; it should return a string (or undefined for no runtime chunk).`);
		}
		byEntrypoint[name] = result === undefined ? null : result;
	}
	return { ...item, optimization: { ...optimization, runtimeChunk: { ...runtimeChunk, name: { __byEntrypoint: byEntrypoint } } } };
}

// Calls back into sharpack while the function of the request with callbacks `token` runs:
// {"call", "op": "callback", "token", "args"}, answered by {"reply", "result"} or {"reply", "error"}.
// Numbered below zero, apart from the loader host's calls on the same channel.
const pendingCallbacks = new Map();
let lastCallback = 0;
function callBack(token, args) {
	return new Promise((resolve, reject) => {
		const id = --lastCallback;
		pendingCallbacks.set(id, (message) => (message.error !== undefined ? reject(new Error(message.error)) : resolve(message.result)));
		protocolWrite(`${JSON.stringify({ call: id, op: "callback", token, args })}\n`);
	});
}

// webpack's getResolve(options) for an externals function: a resolver (context, request[, callback])
// with these resolve options over the configuration's, for the request's dependency type; sharpack
// resolves. A promise without a callback.
function makeGetResolve(token, dependencyType) {
	return (options) => (context, request, callback) => {
		const promise =
			token === undefined
				? Promise.reject(new Error("sharpack: getResolve cannot reach the build here"))
				: callBack(token, { op: "resolve", context, request, options: { ...(options || {}), dependencyType } });
		// .NET answers false (ignored) or { result, path, query, fragment, descriptionFilePath }.
		const resolved = promise.then((answer) => (answer && typeof answer === "object" ? answer : { result: answer }));
		if (typeof callback !== "function") return resolved.then((answer) => answer.result);
		resolved.then(
			(answer) =>
				callback(
					null,
					answer.result,
					answer.result === false ? undefined : { path: answer.path, query: answer.query, fragment: answer.fragment, descriptionFilePath: answer.descriptionFilePath }
				),
			(err) => callback(err)
		);
		return undefined;
	};
}

// webpack's externals functions take ({ context, request, originalRequest, dependencyType, contextInfo, getResolve }, callback),
// return a promise, or (legacy) take (context, request, callback). Each crosses as one function
// sharpack calls with the data and gets { result, type } back (a promise when the answer is late).
function wrapExternals(item) {
	const wrap = (value) => {
		if (Array.isArray(value)) return value.map(wrap);
		if (typeof value !== "function") return value;
		const fn = value;
		return (data) =>
			new Promise((resolve, reject) => {
				data.getResolve = makeGetResolve(currentCallbacks, data.dependencyType);
				const callback = (err, result, type) => (err ? reject(err) : resolve({ result: result === undefined ? null : result, type: type || null }));
				const returned = fn.length >= 3 ? fn(data.context, data.request, callback) : fn(data, callback);
				if (returned && typeof returned.then === "function") returned.then((result) => callback(null, result), reject);
				else if (fn.length < 2 && returned !== undefined) callback(null, returned);
				else if (fn.length < 2) callback(null, undefined);
			});
	};
	if (item.externals === undefined) return item;
	return { ...item, externals: wrap(item.externals) };
}

// webpack's output.hashFunction may be a hash class (new it, update(data), digest(encoding)).
// It crosses as a plain function sharpack calls once per hash with everything the hash took
// (base64) and the digest encoding, so one call replaces a conversation per update.
function wrapHashFunction(item) {
	const output = item.output;
	const HashClass = output && output.hashFunction;
	if (typeof HashClass !== "function") return item;
	const hashFunction = (base64, encoding) => {
		const hash = new HashClass();
		hash.update(Buffer.from(base64, "base64"));
		const digest = hash.digest(encoding);
		return Buffer.isBuffer(digest) ? digest.toString(encoding === "hex" ? "hex" : "latin1") : String(digest);
	};
	return { ...item, output: { ...output, hashFunction } };
}

// webpack's output.clean.keep may be a function of a path relative to output.path. Sharpack cleans
// after node has gone, so it is called here on every path under output.path as the build starts
// (lstat semantics: links are not followed; dot-files inside folders are skipped, as clean never
// removes them), and the paths it keeps travel as { __keptPaths: [...] }. What the build writes
// itself is never cleaned, so only what exists now needs an answer.
const MAX_CLEAN_ENTRIES = 100000;
function callCleanKeep(item, topPath, overrides) {
	const output = item.output;
	const clean = output && output.clean;
	if (clean === null || typeof clean !== "object" || typeof clean.keep !== "function") return item;
	const path = `${topPath}.output.clean.keep`;
	const context = nodePath.resolve(process.cwd(), overrides.context || item.context || ".");
	const outputPath = nodePath.resolve(context, overrides.outputPath || output.path || "dist");
	const kept = [];
	let count = 0;
	const walk = (dir, rel) => {
		let entries;
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (rel && entry.name.startsWith(".")) continue;
			const relative = rel ? `${rel}/${entry.name}` : entry.name;
			if (++count > MAX_CLEAN_ENTRIES) {
				throw new ConfigError(`${path} is a function, and output.path (${outputPath}) holds more than ${MAX_CLEAN_ENTRIES} entries to ask it about; use a string or a RegExp.`);
			}
			if (clean.keep(relative)) kept.push(relative);
			else if (entry.isDirectory()) walk(nodePath.join(dir, entry.name), relative);
		}
	};
	walk(outputPath, "");
	return { ...item, output: { ...output, clean: { ...clean, keep: { __keptPaths: kept } } } };
}

function parseEnv(list) {
	const env = { WEBPACK_BUNDLE: true, WEBPACK_BUILD: true };
	for (const item of list) {
		const eq = item.indexOf("=");
		const key = eq < 0 ? item : item.slice(0, eq);
		const value = eq < 0 ? true : item.slice(eq + 1);
		const parts = key.split(".");
		let target = env;
		for (let i = 0; i < parts.length - 1; i++) {
			if (typeof target[parts[i]] !== "object" || target[parts[i]] === null) target[parts[i]] = {};
			target = target[parts[i]];
		}
		target[parts[parts.length - 1]] = value;
	}
	return env;
}

async function main() {
	const env = parseEnv(JSON.parse(envJson));
	const argv = { ...JSON.parse(argvJson), env };
	const overrides = JSON.parse(overridesJson);
	let config = await load(configFile);
	useInstalledWebpackSources(configFile);
	if (typeof config === "function") config = await config(env, argv);
	config = await config;
	const multi = Array.isArray(config);
	const list = multi ? config : [config];
	const configs = [];
	for (let i = 0; i < list.length; i++) {
		let item = list[i];
		if (typeof item === "function") item = await item(env, argv);
		item = await item;
		const topPath = multi ? `configuration[${i}]` : "configuration";
		if (item === null || typeof item !== "object" || Array.isArray(item)) {
			throw new ConfigError(`${topPath} should be an object, but the config file exported ${item === null ? "null" : Array.isArray(item) ? "a nested array" : typeof item}.`);
		}
		item = await callEntry(item);
		item = foldEntryPlugins(item);
		const withAnswers = wrapExternals(wrapHashFunction(callCleanKeep(callRuntimeChunkName(item, topPath), topPath, overrides)));
		serializingConfig = item;
		configs.push(serialize(withAnswers, topPath, new Set(), undefined, true));
		serializingConfig = null;
	}
	fs.writeFileSync(resultFile, JSON.stringify({ multi, configs }));
	if (functionTable.length > 0 || pluginTable.length > 0) {
		protocolWrite("ready\n");
		serve();
	}
}

// Answers calls until stdin ends (the build is over, or sharpack died). Requests that arrive
// together are answered with one write; a function that returns a promise is answered when it settles.
// JavaScript loaders run here too (loader-host.js), so functions in their options are the
// configuration's own: every message without "fn" is the loader host's.
function serve() {
	const write = createBatchedWriter(protocolWrite);
	let loaderHost;
	let pluginHost;
	forEachLine(
		process.stdin,
		(message) => {
			if (message.plugin !== undefined) {
				pluginHost ??= createPluginHost(sharpackApi, sharpackApi.sources, pluginTable);
				pluginHost.handle(
					message,
					(result) => protocolWrite(answer({ id: message.id }, result)),
					(err, result) => protocolWrite(errorAnswer(message.id, err, result))
				);
				return;
			}
			if (message.reply !== undefined && pendingCallbacks.has(message.reply)) {
				const settle = pendingCallbacks.get(message.reply);
				pendingCallbacks.delete(message.reply);
				settle(message);
				return;
			}
			if (message.fn === undefined) {
				loaderHost ??= createLoaderHost(
					(out) => write(`${JSON.stringify(out)}\n`),
					(handle) => functionTable[handle.$sharpackFunction]
				);
				loaderHost.handle(message);
				return;
			}
			const answers = [];
			call(message, answers);
			for (const line of answers) write(line);
		},
		() => process.exit(0)
	);
}

// What sharpack passes for webpack's objects with methods (a module's nameForCondition(), a
// chunk's canBeInitial()) comes as { …, "$methods": { name: value } }: each becomes a method
// answering its value.
// Arguments that JSON cannot carry arrive marked: { $buffer: base64 } is a Buffer (an asset's
// content), { $map: [[key, value], …] } a Map, { $module: "NormalModule", identifier, … } a module as plugins see them (its class
// answers webpack's NormalModule for instanceof), { $methods: { name: answer } } methods.
const revivedModuleClasses = new Map();
function reviveMethods(value) {
	if (Array.isArray(value)) return value.map(reviveMethods);
	if (value === null || typeof value !== "object") return value;
	if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
	// { $map: [[key, value], …] } is a Map (an HTML source filter's attributes).
	if (Array.isArray(value.$map)) return new Map(value.$map.map(([key, item]) => [key, reviveMethods(item)]));
	// { $record: [name, …], … } gets those methods, each call recorded in its $recorded as [name, …args]
	// (an HTML template's addDependency, emitWarning…), read back with the arguments.
	if (Array.isArray(value.$record)) {
		const out = {};
		for (const key of Object.keys(value)) if (key !== "$record") out[key] = reviveMethods(value[key]);
		const recorded = (out.$recorded = []);
		for (const name of value.$record) {
			Object.defineProperty(out, name, {
				enumerable: false,
				value: (...args) => recorded.push([name, ...args.map((arg) => (arg instanceof Error ? arg.message : String(arg)))])
			});
		}
		return out;
	}
	if (typeof value.$module === "string") {
		const name = value.$module;
		let cls = revivedModuleClasses.get(name);
		if (cls === undefined) {
			cls = { [name]: class { identifier() { return this._data.identifier; } readableIdentifier() { return this._data.readableIdentifier || this._data.identifier; } } }[name];
			revivedModuleClasses.set(name, cls);
		}
		const module = new cls();
		const fields = { ...value };
		delete fields.$module;
		Object.assign(module, fields);
		module._data = fields;
		return module;
	}
	const methods = value.$methods;
	if (methods === undefined || methods === null || typeof methods !== "object") return value;
	const out = {};
	for (const key of Object.keys(value)) if (key !== "$methods") out[key] = reviveMethods(value[key]);
	for (const name of Object.keys(methods)) {
		const answer = methods[name];
		out[name] = () => answer;
	}
	return out;
}

// The callbacks token of the request whose function runs now (synchronously): a function that
// may call back (an externals function's getResolve) reads it on entry, see callBack.
let currentCallbacks;

function call(request, answers) {
	const fn = functionTable[request.fn];
	let result;
	try {
		if (typeof fn !== "function") throw new Error(`sharpack: no function ${request.fn}`);
		currentCallbacks = request.callbacks;
		try {
			request.revived = request.args.map(reviveMethods);
			result = fn(...request.revived);
		} finally {
			currentCallbacks = undefined;
		}
	} catch (err) {
		answers.push(errorAnswer(request.id, err));
		return;
	}
	if (result !== null && typeof result === "object" && typeof result.then === "function") {
		result.then(
			(value) => protocolWrite(answer(request, value)),
			(err) => protocolWrite(errorAnswer(request.id, err))
		);
		return;
	}
	answers.push(answer(request, result));
}

function answer(request, result) {
	try {
		const out = { id: request.id };
		const serialized = serialize(result, "(result)", new Set(), "result");
		if (serialized !== undefined) out.result = serialized;
		if (request.readBack) {
			// A recording argument comes back as the function left it (its revived copy, calls recorded).
			const args = request.args.map((arg, i) => (arg !== null && typeof arg === "object" && Array.isArray(arg.$record) && request.revived ? request.revived[i] : arg));
			out.args = serialize(args, "(arguments)", new Set(), "result");
		}
		return `${JSON.stringify(out)}\n`;
	} catch (err) {
		return errorAnswer(request.id, err);
	}
}

function errorAnswer(id, err, result) {
	const message = err instanceof Error ? `${err.name}: ${err.message}` : `${String(err)}`;
	// Only the frames: the message leads the build error already.
	const stack =
		err instanceof Error && typeof err.stack === "string"
			? userFrames(err.stack)
					.split("\n")
					.filter((line) => /^\s+at /.test(line))
					.join("\n")
			: undefined;
	const out = { id, error: { message, stack } };
	// A plugin that failed may have done things first (taps, assets): they still count.
	if (result !== undefined) out.result = result;
	return `${JSON.stringify(out)}\n`;
}

// Keep the frames in the user's files; node's own and this loader's are noise.
function userFrames(stack) {
	return String(stack)
		.split("\n")
		.filter((line) => !/^\s+at .*(\(node:|\[eval\]|\bnode:internal)/.test(line) && !/^\s+at node:/.test(line))
		.join("\n");
}

main().catch((err) => {
	if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
	else {
		process.stderr.write(`${userFrames((err && err.stack) || err)}\n`);
	}
	process.exit(2);
});
