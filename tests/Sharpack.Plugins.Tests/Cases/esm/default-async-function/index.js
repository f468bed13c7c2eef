import fetchValue from "./named-async";
import anon from "./anonymous-async";
import arrow from "./async-arrow";

it("exports default async functions", async () => {
  expect(fetchValue()).toBeInstanceOf(Promise);
  expect(await fetchValue()).toBe("named");
  expect(await anon()).toBe("anonymous");
  expect(await arrow(2)).toBe(4);
});
