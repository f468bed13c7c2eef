import { outer } from "./mod";

it("does not rewrite labels named like imports", () => {
  let count = 0;
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j === 1) continue outer;
      if (i === 2) break outer;
      count++;
    }
  }
  expect(count).toBe(2);
  expect(outer).toBe("imported");
});
