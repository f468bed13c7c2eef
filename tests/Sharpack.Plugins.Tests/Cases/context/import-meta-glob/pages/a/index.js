export default 'page a'; export const title = 'A';
