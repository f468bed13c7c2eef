import mode from "modes";
import platform from "platforms";

it("matches the development condition in development mode", () => {
  expect(mode).toBe("development");
});

it("matches node and skips browser for the node target", () => {
  expect(platform).toBe("node");
});
