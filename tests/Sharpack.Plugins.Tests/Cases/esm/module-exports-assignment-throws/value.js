export const foo = "foo";
