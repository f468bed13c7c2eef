export const PATTERN = /^[a-z]+:/;
export const isUrl = (text) => PATTERN.test(text);
// Unused, and a literal: written as is (webpack guards no literal initializer as a pure expression).
export const UNUSED_LIMIT = 5;
export const UNUSED_TABLE = [PATTERN];
