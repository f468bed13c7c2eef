var value = { value: "object via identifier" };
define([], value);
