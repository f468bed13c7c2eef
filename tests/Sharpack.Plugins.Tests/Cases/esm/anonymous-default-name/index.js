// webpack's anonymousDefaultExportName (on unless building a library): an anonymous default
// export gets the name "default" the specification gives it (`__webpack_require__.dn`), not the
// name of the variable the bundle binds it to; a named one keeps its own.
import fn from "./fn";
import Cls from "./cls";
import arrow from "./arrow";
import named from "./named";

it("names anonymous default exports \"default\"", () => {
  expect(fn()).toBe(1);
  expect(fn.name).toBe("default");
  expect(new Cls().hello()).toBe("world");
  expect(Cls.name).toBe("default");
  expect(arrow()).toBe(3);
  expect(arrow.name).toBe("default");
  expect(named.name).toBe("named");
});
