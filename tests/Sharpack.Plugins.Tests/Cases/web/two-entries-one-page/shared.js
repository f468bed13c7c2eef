// Counts its executions on the page.
window.sharedExecutions = (window.sharedExecutions || 0) + 1;
export const execution = window.sharedExecutions;
