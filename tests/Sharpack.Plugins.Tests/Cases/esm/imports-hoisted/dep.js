(globalThis.__importsHoistedOrder = globalThis.__importsHoistedOrder || []).push("dep");
export const value = "dep";
