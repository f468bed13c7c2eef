exports.hello = "hallo";
