// import.meta.webpackContext is switched off by the parser option importMetaContext, unless
// importMeta's object form names the field (which then decides), and by importMeta: false.
import enabledByField from "./field-enabled";
import legacyOff from "./legacy-off";

it("prefers importMeta's webpackContext field over importMetaContext", () => {
  expect(enabledByField).toBe("value");
  expect(legacyOff).toThrow();
});
