it("never runs", () => import("./not-there"));
