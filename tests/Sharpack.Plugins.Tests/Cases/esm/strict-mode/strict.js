let sloppyThrows = false;
try {
  undeclaredVariableInStrictModule = 1;
} catch (error) {
  sloppyThrows = error instanceof ReferenceError;
}
const fnThis = (function () { return this; })();
export { sloppyThrows, fnThis };
