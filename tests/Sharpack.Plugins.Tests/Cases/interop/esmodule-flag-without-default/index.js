import def, { named } from "./flagged";

it("reads an undefined default from a flagged module without exports.default", () => {
  expect(def).toBe(undefined);
  expect(named).toBe("named");
});
