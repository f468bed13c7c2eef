export { a, b, c };
const a = "a";
var b = "b";
function c() { return "c"; }
