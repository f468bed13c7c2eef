module.exports = { __esModule: true, default: "object default", named: "named" };
