import { result } from "./a";

it("throws for let in TDZ and reads undefined for var", () => {
  expect(result).toEqual({ letError: "ReferenceError", varValue: undefined });
});
