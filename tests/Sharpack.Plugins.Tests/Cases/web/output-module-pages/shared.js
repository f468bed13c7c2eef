window.executions = window.executions || {};
export const count = (name) => { window.executions[name] = (window.executions[name] || 0) + 1; };
count("shared");
export const greet = (lang) => import(`./locale/${lang}.js`).then((m) => m.greeting);
