import Named from "./named";
import { createdName } from "./named";

it("keeps the name of a named default class and its own references", () => {
  expect(Named.name).toBe("Named");
  expect(createdName).toBe("Named");
  expect(Named.create()).toBeInstanceOf(Named);
});
