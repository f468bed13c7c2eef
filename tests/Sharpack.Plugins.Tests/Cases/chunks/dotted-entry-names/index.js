it("loads a chunk named with dot segments from an entry file named with dot segments", async () => {
  // Both files sit where their names lead once "." and ".." are resolved; the way back from the
  // entry's folder to output.path counts only the folders left (webpack's getUndoPath).
  const { default: value } = await import(/* webpackChunkName: "../chunk/" */ "./chunk");
  expect(value).toBe("chunk");
});
