export function getThis() { return this; }
export const topLevelThis = this;
