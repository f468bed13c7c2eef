export default 'page b'; export const title = 'B';
