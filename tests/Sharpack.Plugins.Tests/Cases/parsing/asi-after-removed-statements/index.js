// Statements that code generation removes (an export list, a re-export, an import) after a line
// without semicolon must not glue the next line, starting with `(0,` or `(`, to that line.
import { fn } from "./mod"

const num = 1

export { num };

fn(num)

const other = 2
export { value } from "./mod";
fn(other)

const last = 3
import { fn as again } from "./mod";
again(last)

it("keeps the statements around removed ones apart", () => {
  expect(fn.calls).toEqual([1, 2, 3]);
});
