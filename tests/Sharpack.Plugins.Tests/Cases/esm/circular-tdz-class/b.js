import { Thing } from "./a";
let errorName = "none";
try {
  new Thing();
} catch (error) {
  errorName = error.constructor.name;
}
export { errorName };
