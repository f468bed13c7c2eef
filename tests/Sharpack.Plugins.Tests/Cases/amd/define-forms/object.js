define({ kind: "object" });
