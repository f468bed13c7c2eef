define(["./esm", "./cjs", "./amd", "./data.json"], function (esm, cjs, amd, data) {
  return esm.name + "+" + cjs + "+" + amd + "+" + data.name;
});
