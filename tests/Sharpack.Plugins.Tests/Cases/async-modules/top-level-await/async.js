export const log = ["async start"];
await new Promise((resolve) => setTimeout(resolve, 10));
log.push("async end");
export const answer = 42;
