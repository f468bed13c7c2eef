import { foo } from "./value";
export const id = module.id;
export const loaded = module.loaded;
export const value = foo;
