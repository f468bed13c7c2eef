// The `process` that build-expect.cjs injects into the expect bundle (esbuild's inject: free
// references to `process` inside the bundle use this export; no global is created).
export const process = { env: {}, platform: "browser", argv: [], version: "", versions: {}, cwd: () => "/", on() {}, emitWarning() {} };
