export default async (x) => x * 2;
