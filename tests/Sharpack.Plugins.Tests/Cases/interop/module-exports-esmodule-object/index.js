import def, { named } from "./object";

it("honours __esModule on an object assigned to module.exports", () => {
  expect(def).toBe("object default");
  expect(named).toBe("named");
});
