// typescript/lowering's module and tests, the module built by builtin:swc-loader with
// `env.targets` (browserslist queries that name versions) instead of with no loader for node 10:
// Chrome 70 and Safari 13 lack and have the same syntax node 10 does, so the same checks hold.
import "../lowering/index.js";
