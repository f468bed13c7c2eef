// A stylesheet exported as text carries its source map inline where the build makes maps
// (webpack's CssGenerator._cssToJsLiteral): one map over the merged text of the stylesheet and
// what it @imports, its sources named as the devtool names them, with their content. A CSS
// module's JavaScript maps each exported name to where the stylesheet defines it.
import card from "./card.css";
import * as title from "./title.module.css";

const inlineMap = text => {
  const match = /\/\*# sourceMappingURL=data:application\/json;charset=utf-8;base64,([A-Za-z0-9+/=]+)\*\/$/.exec(text);
  return match && JSON.parse(Buffer.from(match[1], "base64").toString("utf8"));
};

it("inlines one map over the stylesheet and what it imports", () => {
  expect(card).toContain(".base {");
  expect(card).toContain(".card {");
  const map = inlineMap(card);
  expect(map).not.toBeNull();
  expect(map.sources).toEqual(["webpack:///./base.css", "webpack:///./card.css"]);
  expect(map.sourcesContent[1]).toContain("@import url(\"./base.css\");");
  expect(map.mappings.length).toBeGreaterThan(0);
});

it("maps a CSS module's exports in the JavaScript to the stylesheet", () => {
  expect(typeof title.title).toBe("string");
  const fs = __non_webpack_require__("fs");
  const path = __non_webpack_require__("path");
  const file = fs.readdirSync(__dirname).find(name => name.endsWith(".js.map"));
  const map = JSON.parse(fs.readFileSync(path.join(__dirname, file), "utf8"));
  const index = map.sources.indexOf("webpack:///./title.module.css");
  expect(index).toBeGreaterThanOrEqual(0);
  expect(map.sourcesContent[index]).toContain(".title {");
});
