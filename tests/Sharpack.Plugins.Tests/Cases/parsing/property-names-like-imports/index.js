import { name, method } from "./mod";

it("does not rewrite property keys, member names and methods named like imports", () => {
  const obj = { name: "prop", method() { return "obj method"; }, ["computed"]: name };
  expect(obj.name).toBe("prop");
  expect(obj.method()).toBe("obj method");
  expect(obj.computed).toBe("imported name");
  class K { name = "field"; method() { return "class method"; } static name2 = name; }
  expect(new K().name).toBe("field");
  expect(new K().method()).toBe("class method");
  expect(K.name2).toBe("imported name");
  expect(method()).toBe("imported method");
});
