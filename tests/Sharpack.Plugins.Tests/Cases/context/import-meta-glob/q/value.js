export default __resourceQuery; export const unused = 'never';
