export type Unit = "px" | "em";
export const size = (value: number, unit: Unit = "px"): string => `${value}${unit}`;
export const first = <T,>(items: T[]): T | undefined => items[0];
