import defer * as sharedNs from "./shared";
export { sharedNs };
