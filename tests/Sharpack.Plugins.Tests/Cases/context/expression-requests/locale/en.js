exports.hello = "hello";
