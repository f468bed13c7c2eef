export default { env: "production" };
