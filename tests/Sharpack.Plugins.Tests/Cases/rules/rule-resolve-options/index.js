import { value } from "esm-pkg";
import { pick } from "./picker.js";
import { pick as plainPick } from "./plain.js";

// A rule's resolve options apply to the requests of the modules it matches (webpack's rule.resolve).
it("lets a rule turn fullySpecified off for a type: module package", () => {
	expect(value).toBe("from a fully specified package");
});

it("gives the matched module its own alias and extensions, over resolve's", () => {
	expect(pick).toBe("right+special");
	expect(plainPick).toBe("wrong+plain");
});
