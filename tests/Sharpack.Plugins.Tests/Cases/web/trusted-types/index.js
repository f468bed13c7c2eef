// output.trustedTypes: the runtime creates its policy (named by the option) on the first chunk
// load and passes every chunk's script URL through the policy's createScriptURL.
it("loads chunks through the trusted types policy", async () => {
	const calls = [];
	const real = globalThis.trustedTypes;
	Object.defineProperty(globalThis, "trustedTypes", {
		configurable: true,
		value: {
			createPolicy(name, rules) {
				calls.push("policy " + name);
				const policy = real ? real.createPolicy(name, rules) : rules;
				return {
					createScriptURL(url) {
						calls.push("url " + url.slice(url.lastIndexOf("/") + 1));
						return policy.createScriptURL(url);
					},
				};
			},
		},
	});
	const { value } = await import(/* webpackChunkName: "lazy" */ "./chunk.js");
	expect(value).toBe(42);
	expect(calls).toEqual(["policy sharpack#test", "url lazy.bundle.js"]);
});
