// The classes of the webpack-sources package, as require("webpack").sources and a JavaScript
// plugin's compiler.webpack.sources give them: a source's text (or bytes), size, hash and map.
// JavaScript plugins run in the configuration's node process (plugin-host.js); the sources they
// make cross to sharpack as their text (or bytes) and map. Maps: RawSource has none, OriginalSource
// maps each line to itself, SourceMapSource answers its map; ConcatSource, PrefixSource and
// ReplaceSource keep their parts' maps only when no part has one (sharpack's own sources combine
// maps; these are for plugins that add or edit assets).
"use strict";

const webpackSources = (() => {
	const toBuffer = (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value, "utf8"));
	const toText = (value) => (Buffer.isBuffer(value) ? value.toString("utf8") : value);

	class Source {
		source() {
			throw new Error("Source.source() is abstract");
		}
		buffer() {
			return toBuffer(this.source());
		}
		size() {
			return this.buffer().length;
		}
		map() {
			return null;
		}
		sourceAndMap(options) {
			return { source: this.source(), map: this.map(options) };
		}
		updateHash(hash) {
			hash.update(this.buffer());
		}
	}

	class RawSource extends Source {
		constructor(value, convertToString = false) {
			super();
			const isBuffer = Buffer.isBuffer(value);
			if (!isBuffer && typeof value !== "string") throw new TypeError("argument 'value' must be either string or Buffer");
			this._value = convertToString && isBuffer ? value.toString("utf8") : value;
		}
		isBuffer() {
			return Buffer.isBuffer(this._value);
		}
		source() {
			return this._value;
		}
		buffer() {
			return toBuffer(this._value);
		}
	}

	// Each line of the original maps to itself (column 0), as webpack-sources' line mappings do for columns:false.
	function lineMap(text, name) {
		const lines = text.split("\n").length;
		let mappings = lines > 0 ? "AAAA" : "";
		for (let i = 1; i < lines; i++) mappings += ";AACA";
		return { version: 3, file: "x", mappings, sources: [name], sourcesContent: [text], names: [] };
	}

	class OriginalSource extends Source {
		constructor(value, name) {
			super();
			this._value = value;
			this._name = name;
		}
		source() {
			return toText(this._value);
		}
		buffer() {
			return toBuffer(this._value);
		}
		map() {
			return lineMap(this.source(), this._name);
		}
		getName() {
			return this._name;
		}
	}

	class SourceMapSource extends Source {
		constructor(value, name, sourceMap, originalSource, innerSourceMap, removeOriginalSource) {
			super();
			this._value = value;
			this._name = name;
			this._sourceMap = sourceMap;
			this._originalSource = originalSource;
			this._innerSourceMap = innerSourceMap;
			this._removeOriginalSource = removeOriginalSource;
		}
		source() {
			return toText(this._value);
		}
		buffer() {
			return toBuffer(this._value);
		}
		map() {
			const map = this._sourceMap;
			if (map === undefined || map === null) return null;
			if (Buffer.isBuffer(map)) return JSON.parse(map.toString("utf8"));
			return typeof map === "string" ? JSON.parse(map) : map;
		}
		getArgsAsBuffers() {
			return [this.buffer(), toBuffer(this._name), toBuffer(JSON.stringify(this.map()))];
		}
	}

	class ConcatSource extends Source {
		constructor(...items) {
			super();
			this._children = [];
			for (const item of items) this.add(item);
		}
		add(item) {
			this._children.push(item);
		}
		addAllSkipOptimizing(items) {
			for (const item of items) this.add(item);
		}
		getChildren() {
			return this._children.map((child) => (typeof child === "string" ? new RawSource(child) : child));
		}
		source() {
			let text = "";
			for (const child of this._children) text += typeof child === "string" ? child : toText(child.source());
			return text;
		}
		buffer() {
			return Buffer.concat(this._children.map((child) => (typeof child === "string" ? Buffer.from(child, "utf8") : child.buffer())));
		}
	}

	class PrefixSource extends Source {
		constructor(prefix, source) {
			super();
			this._prefix = prefix;
			this._source = typeof source === "string" ? new RawSource(source) : source;
		}
		getPrefix() {
			return this._prefix;
		}
		original() {
			return this._source;
		}
		source() {
			const text = toText(this._source.source());
			return this._prefix + text.replace(/\n(?=.|\s)/g, `\n${this._prefix}`);
		}
	}

	// Replacements apply to the original's positions: each replaces [start, end] (end inclusive, as
	// webpack-sources has it); inserts are replacements of nothing before a position. Sorted by
	// start, then by the order they were made.
	class ReplaceSource extends Source {
		constructor(source, name) {
			super();
			this._source = source;
			this._name = name;
			this._replacements = [];
		}
		getName() {
			return this._name;
		}
		original() {
			return this._source;
		}
		getReplacements() {
			return this._sorted().map((r) => ({ start: r.start, end: r.end, content: r.content, name: r.name }));
		}
		replace(start, end, newValue, name) {
			if (typeof newValue !== "string") throw new Error(`insertion must be a string, but is a ${typeof newValue}`);
			this._replacements.push({ start, end, content: newValue, name, index: this._replacements.length });
		}
		insert(pos, newValue, name) {
			if (typeof newValue !== "string") throw new Error(`insertion must be a string, but is a ${typeof newValue}: ${newValue}`);
			this._replacements.push({ start: pos, end: pos - 1, content: newValue, name, index: this._replacements.length });
		}
		_sorted() {
			return [...this._replacements].sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
		}
		source() {
			const original = toText(this._source.source());
			let out = "";
			let position = 0;
			for (const r of this._sorted()) {
				const start = Math.max(Math.floor(r.start), 0);
				const end = Math.floor(r.end) + 1;
				if (start > position) out += original.slice(position, start);
				out += r.content;
				if (end > position) position = Math.min(Math.max(end, start), original.length);
				if (start > position) position = start;
			}
			return out + original.slice(position);
		}
	}

	class CachedSource extends Source {
		constructor(source) {
			super();
			this._source = source;
			this._cached = undefined;
		}
		original() {
			if (typeof this._source === "function") this._source = this._source();
			return this._source;
		}
		originalLazy() {
			return this._source;
		}
		getCachedData() {
			return { source: this._cached };
		}
		source() {
			if (this._cached === undefined) this._cached = this.original().source();
			return this._cached;
		}
		buffer() {
			return this.original().buffer();
		}
		size() {
			return this.original().size();
		}
		map(options) {
			return this.original().map(options);
		}
	}

	class CompatSource extends Source {
		static from(sourceLike) {
			return sourceLike instanceof Source ? sourceLike : new CompatSource(sourceLike);
		}
		constructor(sourceLike) {
			super();
			this._sourceLike = sourceLike;
		}
		source() {
			return this._sourceLike.source();
		}
		buffer() {
			return typeof this._sourceLike.buffer === "function" ? this._sourceLike.buffer() : super.buffer();
		}
		size() {
			return typeof this._sourceLike.size === "function" ? this._sourceLike.size() : super.size();
		}
		map(options) {
			return typeof this._sourceLike.map === "function" ? this._sourceLike.map(options) : null;
		}
	}

	class SizeOnlySource extends Source {
		constructor(size) {
			super();
			this._size = size;
		}
		size() {
			return this._size;
		}
		source() {
			throw new Error("Content and Map of this Source is not available (only size() is supported)");
		}
	}

	return { Source, RawSource, OriginalSource, SourceMapSource, ConcatSource, PrefixSource, ReplaceSource, CachedSource, CompatSource, SizeOnlySource };
})();

if (typeof module === "object" && module !== null) module.exports = webpackSources;
