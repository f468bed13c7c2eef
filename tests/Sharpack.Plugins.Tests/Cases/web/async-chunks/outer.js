export const greet = async (lang) => (await import(`./locale/${lang}.js`)).default + " from outer";
