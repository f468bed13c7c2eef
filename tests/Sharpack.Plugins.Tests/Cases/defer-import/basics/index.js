import { log } from "./log";
import defer * as esm from "./esm";
import defer * as cjs from "./cjs";
import defer * as sharedNs from "./shared";
import * as viaComment from /* webpackDefer: true */ "./commented";
import { sharedNs as otherSharedNs } from "./other";

it("does not evaluate a deferred module before its namespace is used", () => {
	expect(log).toEqual([]);
});

it("leaves symbol keys and then alone", () => {
	expect(esm[Symbol.toStringTag]).toBe("Deferred Module");
	// Read dynamically: a static `esm.then` is an export read, which evaluates (as in webpack).
	expect((ns => ns.then)(esm)).toBe(undefined);
	expect(log).toEqual([]);
});

it("refuses writes without evaluating", () => {
	expect(() => {
		"use strict";
		esm.value = 1;
	}).toThrow(TypeError);
	expect(log).toEqual([]);
});

it("evaluates once, on the first read of an export", () => {
	expect(esm.value).toBe(42);
	expect(esm.read()).toBe(42);
	expect(esm.default).toBe("esm-default");
	expect(log).toEqual(["esm"]);
});

it("defers a CommonJS module and gives its value as default", () => {
	expect(log).not.toContain("cjs");
	expect(cjs.default()).toBe("hi");
	expect(cjs.default.extra).toBe(7);
	expect(log.filter(entry => entry === "cjs")).toEqual(["cjs"]);
});

it("gives every defer-import site the same namespace object", () => {
	expect(sharedNs).toBe(otherSharedNs);
	expect(log).not.toContain("shared");
	expect(Object.keys(sharedNs)).toEqual(["shared"]);
	expect(log).toContain("shared");
});

it("defers through a webpackDefer comment", () => {
	expect(log).not.toContain("commented");
	expect(viaComment.commented).toBe("commented");
	expect(log).toContain("commented");
});

it("resolves import.defer() to a deferred namespace", async () => {
	const ns = await import.defer("./lazy");
	expect(log).not.toContain("lazy");
	expect(ns.lazy).toBe("lazy");
	expect(log).toContain("lazy");
});

it("defers each element of an import.defer() context", async () => {
	const name = "a";
	const ns = await import.defer(`./dir/${name}.js`);
	expect(log).not.toContain("dir/a");
	expect(ns.name).toBe("a");
	expect(log).toContain("dir/a");
});
