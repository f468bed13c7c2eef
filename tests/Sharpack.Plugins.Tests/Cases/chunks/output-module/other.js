import { shared } from "./shared.js"; globalThis.otherSawShared = shared;
