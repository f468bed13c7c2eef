import note from "./note.txt";
import attributed from "./note.md" with { type: "text" };
import bytes from "./data.bin" with { type: "bytes" };
import config from "./data.json" with { type: "json" };

it("exports the text of asset/source", () => {
  expect(note).toBe('Hello, "asset" world\n');
});

it("reads import attributes: text, bytes, json", () => {
  expect(attributed).toBe("# Title\n");
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect([...bytes]).toEqual([0, 1, 2, 250, 255]);
  expect(config).toEqual({ ok: true });
});
