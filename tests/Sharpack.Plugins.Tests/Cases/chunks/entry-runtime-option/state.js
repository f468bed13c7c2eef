export const state = { visits: [] };
