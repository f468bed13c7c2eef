export default async function fetchValue() { await null; return "named"; }
