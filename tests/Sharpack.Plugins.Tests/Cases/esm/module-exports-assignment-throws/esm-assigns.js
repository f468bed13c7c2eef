import { foo } from "./value";
module.exports = foo + "bar";
