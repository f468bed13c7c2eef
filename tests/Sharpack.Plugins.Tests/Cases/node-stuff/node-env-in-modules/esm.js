export const esmEnv = process.env.NODE_ENV;
