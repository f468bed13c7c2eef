// webpack's [contenthash:<digest>:<length>]: the content's whole digest re-encoded (hex, base64,
// base26…) and cut to the length, not the hash already cut to output.hashDigestLength.
import hex from "./file.bin";
import base36 from "./file.bin?base36";

it("re-encodes the whole digest of the content", () => {
  expect(hex).toMatch(/(^|\/)file\.[0-9a-f]{16}\.bin$/);
  expect(base36).toMatch(/(^|\/)file\.[0-9a-z]{12}\.bin$/);
  expect(hex).not.toBe(base36);
});
