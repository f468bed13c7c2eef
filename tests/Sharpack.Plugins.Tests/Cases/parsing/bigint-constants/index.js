// BigInt literals are known values: branches they make dead are dropped with the requests in
// them (the missing modules below would fail the build if they were kept).
it("folds BigInt arithmetic, comparisons and truthiness", () => {
	if (5n + 1n !== 6n) require("./missing-add");
	if (0x10n * 2n !== 32n) require("./missing-hex");
	if (1_000n / 3n !== 333n) require("./missing-divide");
	if (-7n % 3n !== -1n) require("./missing-remainder");
	if (2n ** 64n !== 18446744073709551616n) require("./missing-power");
	if (0n) require("./missing-zero");
	if (typeof 1n !== "bigint") require("./missing-typeof");
	if (!(3n > 2n)) require("./missing-compare");
	expect(10n - 4n).toBe(6n);
});
