var value = 42;
define(value);
