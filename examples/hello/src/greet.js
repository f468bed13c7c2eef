export const greet = (names) => `Hello, ${names.join(' and ')}!`;
