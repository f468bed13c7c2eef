const a = 1;
function f() {
  return a +* 2;
}
