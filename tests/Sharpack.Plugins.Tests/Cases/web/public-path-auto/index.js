// webpack 5: output.publicPath defaults to "auto" for the web target, the folder of the script
// that holds the runtime (document.currentScript while it runs).
const scriptFolder = new URL(".", document.currentScript.src).href;

it("resolves output.publicPath auto to the folder of the script", () => {
  expect(__webpack_public_path__).toBe(scriptFolder);
});
