// builtin:swc-loader with jsc.transform.react.refresh: components are registered and functions
// calling hooks signed, as react-refresh/babel does it.
import "./setup";
import { Counter, Label } from "./app";

it("registers the module's components", () => {
  expect(registered).toEqual([["Counter", "function"], ["Label", "function"]]);
});

it("signs the functions that call hooks", () => {
  expect(signed).toEqual([["useCounter", "useState{[count](start)}"], ["Counter", "useCounter{count}"]]);
  expect(Counter({ start: 2 }).props.children).toBe(2);
  expect(Label({ text: "x" }).type).toBe("label");
});
