export default { kind: "object", nested: { ok: true } };
