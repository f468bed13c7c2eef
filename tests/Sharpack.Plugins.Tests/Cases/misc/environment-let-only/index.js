// webpack's runtimeTemplate.renderConst and renderLet: the bootstrap's bindings are const where
// the environment has it, let where only that is there (output.environment.const: false), var else.
const fs = require("fs");
const other = require("./other");

it("declares the bootstrap's bindings with let when const is off", () => {
  expect(other).toBe("other");
  const source = fs.readFileSync(__filename, "utf-8");
  expect(source).toMatch(/\blet\s+__webpack_module_cache__\s*=/);
  expect(source).toMatch(/\blet\s+cachedModule\s*=/);
  expect(source).not.toMatch(/\bconst\s+__webpack_module_cache__\s*=/);
});
