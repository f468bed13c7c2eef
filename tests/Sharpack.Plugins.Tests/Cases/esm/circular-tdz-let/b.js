import { lateLet, lateVar } from "./a";
const result = { letError: "none", varValue: lateVar };
try {
  lateLet;
} catch (error) {
  result.letError = error.constructor.name;
}
export { result };
