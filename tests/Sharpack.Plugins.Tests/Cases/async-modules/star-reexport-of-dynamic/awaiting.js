export * from "./legacy";
await Promise.resolve();
