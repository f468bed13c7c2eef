// webpack's built-in plugin classes as a JavaScript configuration sees them through
// require("sharpack") (and require("webpack") where no webpack package is installed). An
// instance keeps its constructor's arguments; the config loader (config-loader.js, which is run
// with this file in front of it) hands them to C# as { __plugin, __sharpack: true, options },
// where Sharpack.Plugins has a plugin of the same name. Functions cross as handles the C# plugin
// calls through the loader's node process (IgnorePlugin's checkResource, NormalModuleReplacementPlugin's
// newResource, DefinePlugin.runtimeValue); where sharpack cannot call one yet, the configuration is
// refused naming the option. Required on its own (tools/webpack-api.cjs, outside sharpack's
// loader) it exports the same classes, so a configuration can also be evaluated in plain node.
"use strict";

function child(path, key) {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}['${key}']`;
}

class ConfigError extends Error {}

const isFn = (value) => typeof value === "function";
function noFunction(value, what) {
	if (isFn(value)) {
		throw new ConfigError(`${what} is a function. sharpack runs this plugin in .NET and cannot call JavaScript functions during the build; use a value instead.`);
	}
}
// Marks instances across copies of this file (the loader's and one a config requires itself).
const SHARPACK_PLUGIN = Symbol.for("sharpack.plugin");
class SharpackPlugin {
	constructor(args) {
		Object.defineProperty(this, "__sharpackArgs", { value: args, enumerable: false });
		Object.defineProperty(this, SHARPACK_PLUGIN, { value: true, enumerable: false });
	}
	apply() {
		throw new Error(`${this.constructor.name} from sharpack only runs in sharpack's build.`);
	}
}
// webpack's RuntimeValue (DefinePlugin.runtimeValue(fn, options)): code computed for each module
// that uses the definition, by fn({ module, key, version }). options: true (never cacheable), an
// array of file dependencies, or { fileDependencies, contextDependencies, missingDependencies,
// buildDependencies, version }.
class RuntimeValue {
	constructor(fn, options) {
		this.fn = fn;
		this.options = Array.isArray(options) ? { fileDependencies: options } : options || {};
	}
	get fileDependencies() {
		return this.options === true ? true : this.options.fileDependencies;
	}
}
class DefinePlugin extends SharpackPlugin {
	constructor(definitions) {
		super([definitions]);
		this.definitions = definitions;
	}
	static runtimeValue(fn, options) {
		return new RuntimeValue(fn, options);
	}
	__sharpackOptions(path) {
		// webpack's toCode for what JSON cannot carry: undefined, bigint, NaN and Infinity become
		// code, a function its source in parentheses; a RuntimeValue crosses as
		// { __runtimeValue: { fn, options } }, its fn as a handle the C# plugin calls per module.
		const walk = (value, where) => {
			if (value === undefined) return "undefined";
			if (typeof value === "bigint") return `${value}n`;
			if (typeof value === "number" && !Number.isFinite(value)) return `${value}`;
			if (Object.is(value, -0)) return "-0";
			if (value instanceof RuntimeValue) {
				if (!isFn(value.fn)) throw new ConfigError(`${where}: DefinePlugin.runtimeValue needs a function.`);
				const options = value.options === true ? true : { ...value.options };
				if (options !== true) delete options.version; // a cache version: sharpack does not cache builds
				return { __runtimeValue: { fn: value.fn, options } };
			}
			if (isFn(value)) return `(${value.toString()})`;
			if (value !== null && typeof value === "object" && !(value instanceof RegExp)) {
				const out = Array.isArray(value) ? [] : {};
				for (const key of Object.keys(value)) out[key] = walk(value[key], child(where, key));
				return out;
			}
			return value;
		};
		return walk(this.definitions, `${path}.definitions`);
	}
}
class ProvidePlugin extends SharpackPlugin {
	constructor(definitions) {
		super([definitions]);
		this.definitions = definitions;
	}
}
class BannerPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = typeof options === "string" || isFn(options) ? { banner: options } : options;
	}
	__sharpackOptions(path) {
		const options = this.options || {};
		// A banner function crosses as a handle; the C# plugin calls it per file with { hash, chunk, filename }.
		for (const key of ["test", "include", "exclude"]) noFunction(options[key], `${path}.options.${key}`);
		return options;
	}
}
class IgnorePlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options;
	}
}
class EnvironmentPlugin extends SharpackPlugin {
	constructor(...keys) {
		super(keys);
		if (keys.length === 1 && Array.isArray(keys[0])) {
			this.keys = keys[0];
			this.defaultValues = {};
		} else if (keys.length === 1 && keys[0] && typeof keys[0] === "object") {
			this.keys = Object.keys(keys[0]);
			this.defaultValues = keys[0];
		} else {
			this.keys = keys;
			this.defaultValues = {};
		}
	}
	__sharpackOptions(path) {
		if (!this.keys.some((key) => key in this.defaultValues)) return [...this.keys];
		// An undefined default (the variable must be set) is not null (JSON null is a default).
		const out = {};
		for (const key of this.keys) {
			const value = this.defaultValues[key];
			noFunction(value, `${path}.defaultValues.${key}`);
			out[key] = value === undefined ? { __undefined: true } : value;
		}
		return out;
	}
}
class ContextReplacementPlugin extends SharpackPlugin {
	constructor(resourceRegExp, newContentResource, newContentRecursive, newContentRegExp) {
		super([resourceRegExp, newContentResource, newContentRecursive, newContentRegExp]);
		this.resourceRegExp = resourceRegExp;
	}
	__sharpackOptions(path) {
		const args = [...this.__sharpackArgs];
		// (resourceRegExp, newContentCallback): the callback crosses as a handle the C# plugin calls.
		if (isFn(args[1])) return [args[0], args[1]];
		if (isFn(args[2])) {
			throw new ConfigError(`${path}: ContextReplacementPlugin's newContentCreateContextMap (a function as the third argument) is not supported by sharpack; use (resourceRegExp, newContentResource?, newContentRecursive?, newContentRegExp?) instead.`);
		}
		while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
		return args.map((arg) => (arg === undefined ? null : arg));
	}
}
class ContextExclusionPlugin extends SharpackPlugin {
	constructor(negativeMatcher) {
		super([negativeMatcher]);
		this.negativeMatcher = negativeMatcher;
	}
}
class NormalModuleReplacementPlugin extends SharpackPlugin {
	constructor(resourceRegExp, newResource) {
		super([resourceRegExp, newResource]);
		this.resourceRegExp = resourceRegExp;
		this.newResource = newResource;
	}
	__sharpackOptions() {
		// A newResource function crosses as a handle: the C# plugin calls it with the resolve data and reads back what it changed.
		return [this.resourceRegExp, this.newResource];
	}
}
class ProgressPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options;
	}
	// A handler function (the options, or options.handler) crosses as a handle the C# plugin calls at each step.
}
// webpack's HotModuleReplacementPlugin: module.hot, the HMR runtime and hot update files.
class HotModuleReplacementPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
class DotenvPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
class DeterministicModuleIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
	// A test function crosses as a handle the C# plugin calls per module.
}
class HashedModuleIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
// webpack.ids' other plugins: options only ({ prioritiseInitial } for the occurrence ones), validated by the C# plugin.
class NaturalModuleIdsPlugin extends SharpackPlugin {
	constructor() {
		super([]);
	}
}
class NamedModuleIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
class OccurrenceModuleIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
class NaturalChunkIdsPlugin extends SharpackPlugin {
	constructor() {
		super([]);
	}
}
class NamedChunkIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
class DeterministicChunkIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
class OccurrenceChunkIdsPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options || {};
	}
}
// webpack.optimize's chunk-merging plugins: options only, validated by the C# plugin.
class LimitChunkCountPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options === undefined ? { maxChunks: 1 } : options;
	}
}
class MinChunkSizePlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
		this.options = options;
	}
}
class AggressiveMergingPlugin extends SharpackPlugin {
	constructor(options) {
		if ((options !== undefined && typeof options !== "object") || Array.isArray(options)) {
			throw new Error("Argument should be an options object. To use defaults, pass in nothing.\nFor more info on options, see https://webpack.js.org/plugins/");
		}
		super([options]);
		this.options = options || {};
	}
}
// webpack.optimize.ModuleConcatenationPlugin: scope hoisting where the configuration does not turn it on.
class ModuleConcatenationPlugin extends SharpackPlugin {
	constructor() {
		super([undefined]);
	}
}
// webpack.optimize.SplitChunksPlugin: options only (functions and RegExps cross as in a configuration).
class SplitChunksPlugin extends SharpackPlugin {
	constructor(options = {}) {
		super([options]);
		this.options = options;
	}
}
// webpack's devtool plugins: options only; a function (append, moduleFilenameTemplate, test…)
// crosses as a handle the C# plugin calls. EvalSourceMapDevToolPlugin also takes the append
// comment as a string.
class SourceMapDevToolPlugin extends SharpackPlugin {
	constructor(options = {}) {
		super([options]);
		this.options = options;
	}
}
class EvalSourceMapDevToolPlugin extends SharpackPlugin {
	constructor(options = {}) {
		super([options]);
		this.options = options;
	}
}
class EvalDevToolModulePlugin extends SharpackPlugin {
	constructor(options = {}) {
		super([options]);
		this.options = options;
	}
}
// webpack.container's and webpack.sharing's Module Federation plugins: options only (validated by the C# plugins).
const federationPlugin = (name) =>
	({
		[name]: class extends SharpackPlugin {
			constructor(options) {
				super([options]);
				this.options = options;
			}
		}
	})[name];
const ModuleFederationPlugin = federationPlugin("ModuleFederationPlugin");
const ContainerPlugin = federationPlugin("ContainerPlugin");
const ContainerReferencePlugin = federationPlugin("ContainerReferencePlugin");
const SharePlugin = federationPlugin("SharePlugin");
const ConsumeSharedPlugin = federationPlugin("ConsumeSharedPlugin");
const ProvideSharedPlugin = federationPlugin("ProvideSharedPlugin");
// webpack's container.scope(scope, options): the options' keys prefixed by the scope.
function containerScope(scope, options) {
	const result = {};
	const add = (key, value) => {
		result[key.startsWith("./") ? `${scope}${key.slice(1)}` : `${scope}/${key}`] = value;
	};
	const fromObject = (obj) => {
		for (const [key, value] of Object.entries(obj)) add(key, value);
	};
	if (Array.isArray(options)) {
		for (const item of options) {
			if (typeof item === "string") add(item, item);
			else if (item && typeof item === "object") fromObject(item);
			else throw new Error("Unexpected options format");
		}
	} else if (options && typeof options === "object") fromObject(options);
	else if (options) throw new Error("Unexpected options format");
	return result;
}

// webpack's EntryPlugin(context, entry, options): one more module of an entry (options: its name,
// or an entry description). The config loader folds it into the configuration's entry, where
// sharpack reads entries.
const SHARPACK_ENTRY_PLUGIN = Symbol.for("sharpack.entryPlugin");
class EntryPlugin {
	constructor(context, entry, options) {
		this.context = context;
		this.entry = entry;
		this.options = options || "";
		Object.defineProperty(this, SHARPACK_ENTRY_PLUGIN, { value: true, enumerable: false });
	}
	apply() {
		throw new Error("EntryPlugin from sharpack only runs in sharpack's build.");
	}
}

// webpack-sources' classes (require("webpack").sources): in sharpack's loader the file is loaded in
// front of this one; required on its own, from beside it.
const sharpackSources = typeof webpackSources === "object" ? webpackSources : require("./webpack-sources.cjs");

// webpack's WebpackError: what plugins push to compilation.errors and compilation.warnings.
class WebpackError extends Error {
	constructor(message) {
		super(message);
		this.name = "WebpackError";
		this.details = undefined;
		this.module = undefined;
		this.loc = undefined;
		this.hideStack = undefined;
		this.chunk = undefined;
		this.file = undefined;
	}
}

// webpack's ModuleFilenameHelpers as plugins use them to pick assets (test / include / exclude).
const matchPart = (str, test) => {
	if (!test) return true;
	if (test instanceof RegExp) return test.test(str);
	if (typeof test === "string") return str.startsWith(test);
	if (typeof test === "function") return test(str);
	return test.some((item) => matchPart(str, item));
};
const ModuleFilenameHelpers = {
	matchPart,
	matchObject(obj, str) {
		if (obj.test && !matchPart(str, obj.test)) return false;
		if (obj.include && !matchPart(str, obj.include)) return false;
		if (obj.exclude && matchPart(str, obj.exclude)) return false;
		return true;
	}
};

// webpack's Compiler class: the compilers JavaScript plugins are given are instances of a
// subclass (plugin-host.js), so `compiler instanceof webpack.Compiler` holds.
class Compiler {}

// webpack's Compilation class as plugins reach it (compiler.webpack.Compilation): its stage
// constants. The compilations JavaScript plugins see are instances of a subclass (plugin-host.js).
class Compilation {}
Object.assign(Compilation, {
	PROCESS_ASSETS_STAGE_ADDITIONAL: -2000,
	PROCESS_ASSETS_STAGE_PRE_PROCESS: -1000,
	PROCESS_ASSETS_STAGE_DERIVED: -200,
	PROCESS_ASSETS_STAGE_ADDITIONS: -100,
	PROCESS_ASSETS_STAGE_OPTIMIZE: 100,
	PROCESS_ASSETS_STAGE_OPTIMIZE_COUNT: 200,
	PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY: 300,
	PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE: 400,
	PROCESS_ASSETS_STAGE_DEV_TOOLING: 500,
	PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE: 700,
	PROCESS_ASSETS_STAGE_SUMMARIZE: 1000,
	PROCESS_ASSETS_STAGE_OPTIMIZE_HASH: 2500,
	PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER: 3000,
	PROCESS_ASSETS_STAGE_ANALYSE: 4000,
	PROCESS_ASSETS_STAGE_REPORT: 5000
});

// webpack's module classes, for `instanceof` in plugins: the modules plugins see are sharpack's
// descriptions of its modules, each of a class named as webpack's (NormalModule, ExternalModule,
// ConcatenatedModule…), made where the hooks run; these answer by that name.
const isDescribedModule = (value) =>
	value !== null && typeof value === "object" && value._data !== undefined && typeof value.identifier === "function";
const describedModuleClass = (name, matches) =>
	({ [name]: class { static [Symbol.hasInstance](value) { return matches(value); } } })[name];
const namedModuleClass = (name) =>
	describedModuleClass(name, (value) => isDescribedModule(value) && value.constructor.name === name);
const Module = describedModuleClass("Module", isDescribedModule);
const NormalModule = namedModuleClass("NormalModule");
const ExternalModule = namedModuleClass("ExternalModule");

// terser-webpack-plugin's TerserPlugin (also what require("terser-webpack-plugin") gives a
// configuration in sharpack): Sharpack's own minifier with terser-webpack-plugin's options.
class TerserPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
	}
}

// mini-css-extract-plugin (also what require("mini-css-extract-plugin") gives a configuration in
// sharpack, and Rspack's CssExtractRspackPlugin): Sharpack's CssExtractPlugin with its options,
// and its loader by the name sharpack knows it. An `insert` function runs in the page: it crosses
// as its source.
class CssExtractPlugin extends SharpackPlugin {
	constructor(options) {
		const given = options === undefined || options === null ? options : { ...options };
		if (given && isFn(given.insert)) given.insert = { $functionSource: given.insert.toString() };
		super([given]);
	}
	static getCompilationHooks() {
		throw new ConfigError("CssExtractPlugin.getCompilationHooks: the plugin runs in .NET, and its compilation hooks (beforeTagInsert, linkPreload, linkPrefetch) cannot be tapped from JavaScript.");
	}
}
CssExtractPlugin.loader = "builtin:css-extract-loader";
CssExtractPlugin.pluginName = "mini-css-extract-plugin";
CssExtractPlugin.pluginSymbol = Symbol.for("mini-css-extract-plugin");

// css-minimizer-webpack-plugin's CssMinimizerPlugin (what require("css-minimizer-webpack-plugin")
// gives a configuration in sharpack; Rspack's LightningCssMinimizerRspackPlugin): Sharpack's CSS
// minifier in optimization.minimizer, with their test / include / exclude.
class CssMinimizerPlugin extends SharpackPlugin {
	constructor(options) {
		super([options]);
	}
}

const sharpackApi = {
	Module,
	NormalModule,
	ExternalModule,
	DefinePlugin,
	RuntimeValue,
	ProvidePlugin,
	BannerPlugin,
	IgnorePlugin,
	EnvironmentPlugin,
	ContextReplacementPlugin,
	ContextExclusionPlugin,
	NormalModuleReplacementPlugin,
	ProgressPlugin,
	HotModuleReplacementPlugin,
	DotenvPlugin,
	SourceMapDevToolPlugin,
	EvalSourceMapDevToolPlugin,
	EvalDevToolModulePlugin,
	TerserPlugin,
	CssExtractPlugin,
	CssExtractRspackPlugin: CssExtractPlugin,
	CssMinimizerPlugin,
	LightningCssMinimizerRspackPlugin: CssMinimizerPlugin,
	ids: {
		DeterministicModuleIdsPlugin,
		HashedModuleIdsPlugin,
		NaturalModuleIdsPlugin,
		NamedModuleIdsPlugin,
		OccurrenceModuleIdsPlugin,
		NaturalChunkIdsPlugin,
		NamedChunkIdsPlugin,
		DeterministicChunkIdsPlugin,
		OccurrenceChunkIdsPlugin
	},
	container: { ContainerPlugin, ContainerReferencePlugin, ModuleFederationPlugin, scope: containerScope },
	sharing: { ConsumeSharedPlugin, ProvideSharedPlugin, SharePlugin, scope: containerScope },
	optimize: { LimitChunkCountPlugin, MinChunkSizePlugin, AggressiveMergingPlugin, SplitChunksPlugin, ModuleConcatenationPlugin },
	// webpack's defineConfig: the configuration (object, array, function or promise) as it is, for editors' types.
	defineConfig: (config) => config,
	sources: sharpackSources,
	EntryPlugin,
	ModuleFilenameHelpers,
	Compiler,
	Compilation,
	// webpack.javascript.JavascriptModulesPlugin.getCompilationHooks(compilation): the JavaScript
	// rendering hooks of a compilation a plugin is given (plugin-host.js makes them).
	javascript: {
		JavascriptModulesPlugin: class JavascriptModulesPlugin {
			static getCompilationHooks(compilation) {
				if (!compilation || typeof compilation._javascriptModulesHooks !== "function") {
					throw new TypeError("The 'compilation' argument must be an instance of Compilation");
				}
				return compilation._javascriptModulesHooks();
			}
		}
	},
	// webpack.web.CssLoadingRuntimeModule.getCompilationHooks(compilation): the CSS loading runtime's
	// code hooks (createStylesheet and linkInsert reach sharpack's runtime).
	web: {
		CssLoadingRuntimeModule: class CssLoadingRuntimeModule {
			static getCompilationHooks(compilation) {
				if (!compilation || typeof compilation._cssLoadingHooks !== "function") {
					throw new TypeError("The 'compilation' argument must be an instance of Compilation");
				}
				return compilation._cssLoadingHooks();
			}
		}
	},
	WebpackError,
	version: "5.0.0-sharpack"
};

if (typeof module === "object" && module !== null) module.exports = sharpackApi;
