import unused from "./unused.txt";
import used from "./used.txt";

export const list = [unused];
export { used };
