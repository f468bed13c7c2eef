import icon from "./icon.svg";
import plain from "./plain.svg";
import hello from "data:text/plain;base64,SGVsbG8=";
import words from "data:text/plain,Hello%20world";

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>';

it("inlines as base64 by default", () => {
  expect(icon).toBe("data:image/svg+xml;base64," + btoa(svg));
});

it("percent-encodes with dataUrl.encoding false", () => {
  expect(plain).toBe("data:image/svg+xml," + encodeURIComponent(svg).replace(/[!'()*]/g, (c) => "%" + c.codePointAt(0).toString(16)));
});

it("keeps a data: URI's own encoding and text", () => {
  expect(hello).toBe("data:text/plain;base64,SGVsbG8=");
  expect(words).toBe("data:text/plain,Hello%20world");
});
