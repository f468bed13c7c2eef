// webpack 5.112's conditions: "module-sync" after "import" and "require", before "module"; the
// first key of a package's exports that matches wins.
import importedSyncOnly from "sync-only";
import importedSyncFirst from "sync-first";
import importedImportFirst from "import-first";
const requiredSyncOnly = require("sync-only");
const requiredSyncFirst = require("sync-first");
const requiredImportFirst = require("import-first");

it("takes module-sync where import and require are absent", () => {
  expect(importedSyncOnly).toBe("module-sync");
  expect(requiredSyncOnly.default).toBe("module-sync");
});

it("takes module-sync when it comes first", () => {
  expect(importedSyncFirst).toBe("module-sync");
  expect(requiredSyncFirst.default).toBe("module-sync");
});

it("takes import or require when they come first", () => {
  expect(importedImportFirst).toBe("import");
  expect(requiredImportFirst.default).toBe("require");
});
