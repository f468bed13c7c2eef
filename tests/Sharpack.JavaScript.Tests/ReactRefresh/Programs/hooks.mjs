// Hooks the programs import.
export function useCustom() { return 1; }
export const Hooks = { useShared() { return 2; } };
