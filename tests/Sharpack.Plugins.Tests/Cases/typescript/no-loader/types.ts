// Only types: nothing of this module is bundled, its imports are elided.
export interface Named { readonly name: string }
export type Size = number;
