export const double = (n) => n * 2;
export const offset = new WebAssembly.Global({ value: "i32", mutable: false }, 1);
