// The React 19 + TypeScript app of typescript/react-app (its tests run here too), built by
// Rspack's builtin:swc-loader rules as an Rspack configuration writes them (automatic runtime,
// TypeScript with TSX) instead of with no loader.
import "../react-app/index.js";
