import platform from "platforms";

it("matches the browser condition and skips node for the web target", () => {
  expect(platform).toBe("browser");
});
