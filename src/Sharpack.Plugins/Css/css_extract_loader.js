// The loader of CssExtractPlugin (mini-css-extract-plugin's, on webpack's this.importModule):
// its pitch builds and runs the rest of the chain (css-loader) at build time, hands the
// stylesheets css-loader exported to sharpack as parse meta ("css-extract": JSON, one entry per
// stylesheet with the id of the module it came from), and answers the module's JavaScript: the
// CSS module's class names (locals), as a default export or named exports, or nothing.
// Sharpack runs it in its JavaScript loader host; CssExtractPlugin registers it as
// `builtin:css-extract-loader` and turns the parse meta into css/mini-extract modules.
"use strict";

// Placeholders in the stylesheets' URLs, replaced when the chunk's .css file is written (where its
// folder, and so the way back to the output root, is known).
const ABSOLUTE_PUBLIC_PATH = "webpack:///mini-css-extract-plugin/";
const AUTO_PUBLIC_PATH = "__mini_css_extract_plugin_public_path_auto__";
const BASE_URI = "webpack://";
const SINGLE_DOT_PATH_SEGMENT = "__mini_css_extract_plugin_single_dot_path_segment__";

function stringifyLocal(value) {
	return typeof value === "function" ? value.toString() : JSON.stringify(value);
}

function publicPathFor(loaderContext, options) {
	let publicPath = loaderContext._compilation && loaderContext._compilation.outputOptions ? loaderContext._compilation.outputOptions.publicPath : "auto";
	if (typeof options.publicPath === "string") publicPath = options.publicPath;
	else if (typeof options.publicPath === "function") publicPath = options.publicPath(loaderContext.resourcePath, loaderContext.rootContext);
	if (publicPath === "auto") publicPath = AUTO_PUBLIC_PATH;
	if (typeof publicPath !== "string") return publicPath;
	// An absolute URL stays; anything else is marked so that the file's relative path replaces it.
	return /^[a-zA-Z][a-zA-Z\d+\-.]*?:/.test(publicPath) ? publicPath : `${ABSOLUTE_PUBLIC_PATH}${publicPath.replace(/\./g, SINGLE_DOT_PATH_SEGMENT)}`;
}

// The module's JavaScript: what importing the stylesheet gives.
function moduleCode(locals, namedExport, options) {
	const esModule = options.esModule !== undefined ? options.esModule : true;
	const defaultExport = options.defaultExport !== undefined ? options.defaultExport : false;
	if (locals) {
		if (namedExport) {
			const names = Object.keys(locals).map((key, index) => [`_${(index + 1).toString(16)}`, key]);
			const declarations = names.map(([id, key]) => `\nvar ${id} = ${stringifyLocal(locals[key])};`).join("");
			const exported = `export { ${names.map(([id, key]) => `${id} as ${JSON.stringify(key)}`).join(", ")} }`;
			return defaultExport
				? `${declarations}\n${exported}\nexport default { ${names.map(([id, key]) => `${JSON.stringify(key)}: ${id}`).join(", ")} }\n`
				: `${declarations}\n${exported}\n`;
		}
		return `\n${esModule ? "export default" : "module.exports = "} ${JSON.stringify(locals)};`;
	}
	if (esModule) return defaultExport ? "\nexport {};export default {};" : "\nexport {};";
	return "";
}

function pitch(request) {
	const options = this.getOptions();
	const emit = options.emit !== undefined ? options.emit : true;
	const callback = this.async();
	const resource = this._module && this._module.matchResource ? this._module.matchResource : this.resourcePath;
	this.importModule(
		`${resource}.webpack[javascript/auto]!=!!!${request}`,
		{ layer: options.layer, publicPath: publicPathFor(this, options), baseUri: `${BASE_URI}/` },
		(error, exported) => {
			if (error) return callback(error);
			let locals;
			let namedExport;
			const stylesheets = [];
			try {
				const value = exported && exported.__esModule ? exported.default : exported;
				namedExport = Boolean(exported && exported.__esModule) && (!exported.default || !("locals" in exported.default));
				if (namedExport) {
					for (const key of Object.keys(exported)) {
						if (key !== "default") (locals ||= {})[key] = exported[key];
					}
				} else {
					locals = value && value.locals;
				}
				// css-loader's list: [id, content, media, sourceMap, supports, layer] per stylesheet,
				// those it @imports first. Anything that is no list carries no stylesheet.
				if (Array.isArray(value) && emit) {
					for (const [id, content, media, sourceMap, supports, layer] of value) {
						if (!id) continue;
						const item = { identifier: String(id), context: this.rootContext, content: String(content) };
						if (media) item.media = String(media);
						if (supports) item.supports = String(supports);
						if (typeof layer === "string") item.layer = layer;
						if (sourceMap) item.sourceMap = typeof sourceMap === "string" ? sourceMap : JSON.stringify(sourceMap);
						stylesheets.push(item);
					}
				} else if (!Array.isArray(value) && value !== undefined && value !== null && typeof value !== "object") {
					throw new Error(`Exported value was not extracted as an array: ${JSON.stringify(value)}`);
				}
			} catch (err) {
				return callback(err);
			}
			this.__internal__setParseMeta("css-extract", JSON.stringify(stylesheets));
			callback(null, `// extracted by mini-css-extract-plugin${moduleCode(locals, namedExport, options)}`);
		},
	);
}

// Reached only when the pitch did not answer (it always does): the content as it is.
function loader(content) {
	return content;
}

module.exports = loader;
module.exports.pitch = pitch;
